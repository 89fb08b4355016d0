import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { backPaymentDone } from "@/lib/notifications/queue-events";

/**
 * The agent withdraws (撤回) a remittance of their own employer that is not credited yet, e.g. to
 * correct a base and submit the month again: WITHDRAWN, retired from its month. Guarded by the
 * status under the row lock, so it never races a receipt import: once credited it stays credited.
 * A transfer that still arrives for it is recorded at import for refund, never credited.
 * Errors: FORBIDDEN_ROLE, NOT_FOUND (also another employer's remittance), ALREADY_HANDLED.
 */
export async function withdrawRemittance(opts: { actor: Actor; remittanceId: string; now?: Date }): Promise<void> {
  requireActorRole(opts.actor, "EMPLOYER_AGENT");
  const now = opts.now ?? new Date();
  await inTransaction(async (tx) => {
    const agent = await tx.user.findUnique({ where: { id: opts.actor.userId }, select: { employerId: true } });
    const [remittance] = await tx.$queryRaw<{ id: string; employerId: string; month: Date; status: string }[]>`
      SELECT id, "employerId", month, status::text AS status FROM "Remittance" WHERE id = ${opts.remittanceId} FOR UPDATE`;
    if (!remittance || !agent?.employerId || remittance.employerId !== agent.employerId) throw new DomainError("NOT_FOUND");
    if (remittance.status !== "PENDING_PAYMENT" && remittance.status !== "AWAITING_APPROVAL") throw new DomainError("ALREADY_HANDLED");
    const last = await tx.remittance.aggregate({
      where: { employerId: remittance.employerId, month: remittance.month },
      _max: { retiredSeq: true },
    });
    await tx.remittance.update({
      where: { id: remittance.id },
      data: { status: "WITHDRAWN", retiredSeq: (last._max.retiredSeq ?? 0) + 1, decidedById: opts.actor.userId, decidedAt: now },
    });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      action: "REMITTANCE_WITHDRAWN",
      entityType: "Remittance",
      entityId: remittance.id,
      fromState: remittance.status,
      toState: "WITHDRAWN",
    });
    await backPaymentDone(tx, { remittanceId: remittance.id, now });
  });
}
