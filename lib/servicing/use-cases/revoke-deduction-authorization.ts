import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { DomainError } from "@/lib/errors";
import { lockCitizenLoan, type CitizenActor } from "./citizen-loan";

export type RevokeDeductionAuthorizationOptions = { actor: CitizenActor; loanId: string; authorizationId: string; now?: Date };

/**
 * The borrower revokes their deduction authorization (撤销委托扣划), active or still waiting for the
 * spouse's confirmation: the row is kept with
 * revokedAt/revokedById and activeKey cleared, so a new one may be signed; the monthly installment
 * then goes back to the bank card. Revoking an already revoked one is a no-op (double submit).
 * Audit DEDUCTION_AUTHORIZATION_REVOKED.
 * Errors: LOAN_NOT_FOUND, BORROWER_ONLY, LOAN_NOT_SERVICED, AUTHORIZATION_NOT_FOUND.
 */
export async function revokeDeductionAuthorization(opts: RevokeDeductionAuthorizationOptions): Promise<{ revoked: boolean }> {
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    const loan = await lockCitizenLoan(tx, { loanId: opts.loanId, actor: opts.actor, borrowerOnly: true });
    const found = await tx.deductionAuthorization.findFirst({
      where: { id: opts.authorizationId, loanId: loan.id },
      select: { id: true, revokedAt: true, activeKey: true },
    });
    if (!found) throw new DomainError("AUTHORIZATION_NOT_FOUND");
    const changed = await tx.deductionAuthorization.updateMany({
      where: { id: found.id, revokedAt: null },
      data: { revokedAt: now, revokedById: opts.actor.userId, activeKey: null, pendingKey: null },
    });
    if (changed.count === 0) return { revoked: false };
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      action: "DEDUCTION_AUTHORIZATION_REVOKED",
      entityType: "DeductionAuthorization",
      entityId: found.id,
      fromState: found.activeKey ? "ACTIVE" : "PENDING_SPOUSE",
      toState: "REVOKED",
      detail: { loanNo: loan.loanNo },
    });
    return { revoked: true };
  });
}
