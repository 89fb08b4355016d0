import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import { requireAnyRole } from "@/lib/fraud/authorize";
import { inTransaction } from "@/lib/db/transaction";
import type { Actor } from "@/lib/auth/actor";

/**
 * Lifts a ban before its end: ADMIN only, with a reason; the entry keeps who lifted it, when and
 * why. Lifting twice is refused. Errors: FORBIDDEN_ROLE, REASON_REQUIRED (field liftReason),
 * NOT_FOUND, ALREADY_LIFTED.
 */
export async function liftBan(opts: { actor: Actor; entryId: string; reason: string; now?: Date }): Promise<{ entryId: string }> {
  requireAnyRole(opts.actor, ["ADMIN"]);
  const reason = opts.reason.trim();
  if (!reason) throw new DomainError("REASON_REQUIRED", { field: "liftReason" });
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    const entry = await tx.blacklistEntry.findUnique({ where: { id: opts.entryId }, select: { id: true, idNumber: true, liftedAt: true } });
    if (!entry) throw new DomainError("NOT_FOUND");
    const lifted = await tx.blacklistEntry.updateMany({
      where: { id: entry.id, liftedAt: null },
      data: { liftedAt: now, liftedById: opts.actor.userId, liftReason: reason },
    });
    if (lifted.count !== 1) throw new DomainError("ALREADY_LIFTED");
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      action: "BLACKLIST_LIFTED",
      entityType: "BlacklistEntry",
      entityId: entry.id,
      fromState: "ACTIVE",
      toState: "LIFTED",
      detail: { idNumber: entry.idNumber, reason },
    });
    return { entryId: entry.id };
  });
}
