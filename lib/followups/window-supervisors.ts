import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";

/**
 * The one rule of which supervisor (值班长) handles a follow-up task: a task of a window that has
 * supervisors on duty (WindowSupervisor rows, set by an ADMIN on /admin/windows) belongs to those
 * supervisors only; a task of a window nobody is on duty for, or of no window (an online case),
 * belongs to every supervisor. The list (listFollowUpTasks) and the answer (replyFollowUp) both
 * ask here, so a supervisor never sees a task they may not answer.
 */

/** The `where` of the follow-up tasks `userId` may see and answer. */
export async function tasksOfSupervisor(db: Pick<Db, "windowSupervisor">, userId: string): Promise<Prisma.FollowUpTaskWhereInput> {
  const duties = await db.windowSupervisor.findMany({ select: { windowId: true, userId: true } });
  const mine = [...new Set(duties.filter((d) => d.userId === userId).map((d) => d.windowId))];
  const staffed = [...new Set(duties.map((d) => d.windowId))];
  return { OR: [{ windowId: null }, { windowId: { in: mine } }, { windowId: { notIn: staffed } }] };
}

/** Throws TASK_OTHER_WINDOW unless `userId` may answer a task of `windowId` (read inside the answering transaction). */
export async function assertSupervisorOfWindow(tx: Pick<Tx, "windowSupervisor">, userId: string, windowId: string | null): Promise<void> {
  if (!windowId) return;
  const onDuty = await tx.windowSupervisor.findMany({ where: { windowId }, select: { userId: true } });
  if (onDuty.length > 0 && !onDuty.some((d) => d.userId === userId)) throw new DomainError("TASK_OTHER_WINDOW");
}
