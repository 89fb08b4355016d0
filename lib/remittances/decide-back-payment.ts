import { db } from "@/lib/db";
import { DomainError, isDomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { backPaymentDone } from "@/lib/notifications/queue-events";

export type DecideBackPaymentOptions = {
  actor: Actor;
  remittanceId: string;
  decision: "APPROVE" | "REJECT";
  /** Optional when approving, required when rejecting (shown to the agent). */
  note?: string | null;
  now?: Date;
};

/**
 * A REVIEWER decides a back payment (补缴) awaiting approval: APPROVE makes it payable
 * (PENDING_PAYMENT: credited when its bank receipt is imported, by someone other than the approver);
 * REJECT retires it (REJECTED, with the reason) so the month can be submitted again. The decider
 * is never the person who submitted it. Guarded by the status inside the transaction, so a double
 * click or two reviewers decide once. A refused attempt (own submission) leaves an audit row.
 * Errors: FORBIDDEN_ROLE, NOT_FOUND, SELF_APPROVAL, NOTE_REQUIRED (note), ALREADY_HANDLED.
 */
export async function decideBackPayment(opts: DecideBackPaymentOptions): Promise<{ status: "PENDING_PAYMENT" | "REJECTED" }> {
  requireActorRole(opts.actor, "REVIEWER");
  const now = opts.now ?? new Date();
  const note = opts.note?.trim() || null;
  if (opts.decision === "REJECT" && !note) throw new DomainError("NOTE_REQUIRED", { field: "note" });
  try {
    return await inTransaction(async (tx) => {
      const [remittance] = await tx.$queryRaw<{ id: string; employerId: string; month: Date; status: string; postedById: string }[]>`
        SELECT id, "employerId", month, status::text AS status, "postedById" FROM "Remittance" WHERE id = ${opts.remittanceId} FOR UPDATE`;
      if (!remittance) throw new DomainError("NOT_FOUND");
      if (remittance.postedById === opts.actor.userId) throw new DomainError("SELF_APPROVAL");
      if (remittance.status !== "AWAITING_APPROVAL") throw new DomainError("ALREADY_HANDLED");
      const status = opts.decision === "APPROVE" ? ("PENDING_PAYMENT" as const) : ("REJECTED" as const);
      let retiredSeq = 0;
      if (status === "REJECTED") {
        const last = await tx.remittance.aggregate({
          where: { employerId: remittance.employerId, month: remittance.month },
          _max: { retiredSeq: true },
        });
        retiredSeq = (last._max.retiredSeq ?? 0) + 1;
      }
      await tx.remittance.update({
        where: { id: remittance.id },
        data: { status, decidedById: opts.actor.userId, decidedAt: now, decisionNote: note, retiredSeq },
      });
      await recordAudit(tx, {
        actorId: opts.actor.userId,
        windowId: opts.actor.windowId,
        action: status === "REJECTED" ? "REMITTANCE_BACKPAY_REJECTED" : "REMITTANCE_BACKPAY_APPROVED",
        entityType: "Remittance",
        entityId: remittance.id,
        fromState: "AWAITING_APPROVAL",
        toState: status,
        detail: { note },
      });
      await backPaymentDone(tx, { remittanceId: remittance.id, now });
      return { status };
    });
  } catch (error) {
    if (isDomainError(error) && error.code === "SELF_APPROVAL") {
      await recordAudit(db, {
        actorId: opts.actor.userId,
        action: "REMITTANCE_DECISION_REFUSED",
        entityType: "Remittance",
        entityId: opts.remittanceId,
        detail: { code: error.code, decision: opts.decision },
      });
    }
    throw error;
  }
}
