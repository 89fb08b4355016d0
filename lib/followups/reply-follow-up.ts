import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import { inTransaction } from "@/lib/db/transaction";
import { REPLY_MAX } from "@/lib/followups/rules";
import { assertSupervisorOfWindow } from "@/lib/followups/window-supervisors";

/**
 * A window supervisor (值班长) closes a follow-up task with a reply: for a bad rating, the citizen
 * sees it beside their rating. Closing is guarded by the task's status inside the transaction, so
 * two supervisors replying at once close it once. A task of a window with supervisors on duty is
 * answered by one of them only (lib/followups/window-supervisors.ts); anyone else is refused and
 * nothing is written. Errors: FORBIDDEN_ROLE, REPLY_REQUIRED, TASK_NOT_FOUND, TASK_OTHER_WINDOW, TASK_CLOSED.
 */
export async function replyFollowUp(opts: { actor: Actor; taskId: string; reply: string; now?: Date }): Promise<{ taskId: string }> {
  requireActorRole(opts.actor, "SUPERVISOR");
  const reply = opts.reply.trim().slice(0, REPLY_MAX);
  if (reply.length === 0) throw new DomainError("REPLY_REQUIRED", { field: "reply" });
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    const task = await tx.followUpTask.findUnique({
      where: { id: opts.taskId },
      select: { id: true, status: true, windowId: true, kind: true },
    });
    if (!task) throw new DomainError("TASK_NOT_FOUND");
    await assertSupervisorOfWindow(tx, opts.actor.userId, task.windowId);
    const closed = await tx.followUpTask.updateMany({
      where: { id: task.id, status: "OPEN" },
      data: { status: "CLOSED", reply, closedById: opts.actor.userId, closedAt: now, version: { increment: 1 } },
    });
    if (closed.count !== 1) throw new DomainError("TASK_CLOSED");
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      windowId: task.windowId,
      action: "FOLLOW_UP_CLOSED",
      entityType: "FollowUpTask",
      entityId: task.id,
      fromState: "OPEN",
      toState: "CLOSED",
      detail: { kind: task.kind },
    });
    return { taskId: task.id };
  });
}
