import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { lockSeries } from "@/lib/db/serial";
import { DomainError } from "@/lib/errors";

/**
 * ADMIN sets which supervisors (值班长) are on duty for a window: its follow-up tasks (bad ratings,
 * SLA breaches) go to them only (lib/followups/window-supervisors.ts); none = every supervisor.
 * Each one picked must be an active user with the role SUPERVISOR. The window's row set is
 * replaced under a per-window lock, so two admins saving at once end as one of them; saving what
 * is already there changes nothing. Audited WINDOW_SUPERVISORS_CHANGED (login names from → to).
 * Errors: FORBIDDEN_ROLE, WINDOW_NOT_FOUND, NOT_A_SUPERVISOR (field supervisorIds).
 */
export async function setWindowSupervisors(opts: {
  actor: Actor;
  windowId: string;
  supervisorIds: readonly string[];
  now?: Date;
}): Promise<{ changed: boolean }> {
  requireActorRole(opts.actor, "ADMIN");
  const wanted = [...new Set(opts.supervisorIds)];
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    await lockSeries(tx, `window-supervisors:${opts.windowId}`);
    const window = await tx.serviceWindow.findUnique({ where: { id: opts.windowId }, select: { id: true, number: true } });
    if (!window) throw new DomainError("WINDOW_NOT_FOUND");
    const users = await tx.user.findMany({
      where: { id: { in: wanted }, active: true, roles: { has: "SUPERVISOR" } },
      select: { id: true, loginName: true },
    });
    if (users.length !== wanted.length) throw new DomainError("NOT_A_SUPERVISOR", { field: "supervisorIds" });
    const current = await tx.windowSupervisor.findMany({ where: { windowId: window.id }, select: { userId: true } });
    const had = new Set(current.map((c) => c.userId));
    const added = wanted.filter((id) => !had.has(id));
    const removed = [...had].filter((id) => !wanted.includes(id));
    if (added.length === 0 && removed.length === 0) return { changed: false };
    const names = async (ids: string[]) =>
      (await tx.user.findMany({ where: { id: { in: ids } }, select: { loginName: true } })).map((u) => u.loginName).sort();
    const before = await names([...had]);
    await tx.windowSupervisor.deleteMany({ where: { windowId: window.id, userId: { in: removed } } });
    await tx.windowSupervisor.createMany({
      data: added.map((userId) => ({ windowId: window.id, userId, assignedById: opts.actor.userId, assignedAt: now })),
    });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      windowId: opts.actor.windowId,
      action: "WINDOW_SUPERVISORS_CHANGED",
      entityType: "ServiceWindow",
      entityId: window.id,
      fromState: JSON.stringify(before),
      toState: JSON.stringify(users.map((u) => u.loginName).sort()),
      detail: { windowNo: window.number },
    });
    return { changed: true };
  });
}
