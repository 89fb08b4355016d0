import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { DomainError } from "@/lib/errors";
import { ownedBy } from "./queries";

/**
 * Marks one inbox item read (or "all" unread ones) for whoever is signed in: a citizen their own
 * and their depositor's items, anyone else their own. Someone else's item is NOT_FOUND and nothing
 * is written. Marking an item already read changes nothing; each change is audited
 * (NOTIFICATION_READ). Errors: FORBIDDEN_ROLE (no such user), NOT_FOUND.
 */
export async function markNotificationsRead(opts: { actor: Actor; id: string; now?: Date }): Promise<{ marked: number }> {
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: opts.actor.userId }, select: { id: true, depositorId: true, active: true } });
    if (!user?.active) throw new DomainError("FORBIDDEN_ROLE");
    const owned = ownedBy(user);
    if (opts.id !== "all") {
      const item = await tx.notification.findFirst({ where: { AND: [owned, { id: opts.id }] }, select: { id: true } });
      if (!item) throw new DomainError("NOT_FOUND");
    }
    const where = { AND: [owned, { readAt: null }, ...(opts.id === "all" ? [] : [{ id: opts.id }])] };
    const { count } = await tx.notification.updateMany({ where, data: { readAt: now } });
    if (count > 0) {
      await recordAudit(tx, {
        actorId: user.id,
        windowId: opts.actor.windowId,
        action: "NOTIFICATION_READ",
        entityType: "Notification",
        entityId: opts.id,
        fromState: "UNREAD",
        toState: "READ",
        detail: { count },
      });
    }
    return { marked: count };
  });
}
