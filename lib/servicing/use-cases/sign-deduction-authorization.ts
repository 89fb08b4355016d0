import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { DomainError } from "@/lib/errors";
import { lockCitizenLoan, type CitizenActor } from "./citizen-loan";

export type DeductionAccountChoice = "OWN" | "SPOUSE";

export type SignDeductionAuthorizationOptions = { actor: CitizenActor; loanId: string; account: DeductionAccountChoice; now?: Date };

export type SignDeductionAuthorizationResult = {
  authorizationId: string;
  accountNo: string;
  holderName: string;
  duplicate: boolean;
  pendingSpouse: boolean;
};

/**
 * The borrower signs a deduction authorization (委托扣划) online: the monthly installment is then
 * taken from a fund account — their own, or their registered spouse's (Depositor.spouse, either
 * direction, while married); the account must be NORMAL (the batch skips sealed or closed ones).
 * Only the borrower signs; the co-borrower sees it. One active (or pending) at a
 * time (activeKey = loanId): signing again for the same account returns the active one (a double
 * submit), for another account is refused until the active one is revoked. The loan row lock makes
 * two concurrent signs run one after the other. Audit DEDUCTION_AUTHORIZATION_SIGNED.
 * The spouse's account (issue 14) only with the spouse's own confirmation: the authorization is
 * written PENDING (pendingKey = loanId, activeKey null: the batch does not deduct) until the spouse
 * confirms, signed in as themselves or at a window (confirm-spouse-deduction.ts).
 * Errors: LOAN_NOT_FOUND, BORROWER_ONLY, LOAN_NOT_SERVICED, NO_SPOUSE (field account),
 * NO_ACCOUNT (field account), ACCOUNT_NOT_NORMAL (field account), AUTHORIZATION_ACTIVE.
 */
export async function signDeductionAuthorization(opts: SignDeductionAuthorizationOptions): Promise<SignDeductionAuthorizationResult> {
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    const loan = await lockCitizenLoan(tx, { loanId: opts.loanId, actor: opts.actor, borrowerOnly: true });
    const borrower = await tx.depositor.findUniqueOrThrow({
      where: { id: loan.borrowerId },
      select: { maritalStatus: true, spouseId: true, spouseOf: { select: { id: true } } },
    });
    let holderId = loan.borrowerId;
    if (opts.account === "SPOUSE") {
      const spouseId = borrower.spouseId ?? borrower.spouseOf?.id ?? null;
      if (borrower.maritalStatus !== "MARRIED" || !spouseId) throw new DomainError("NO_SPOUSE", { field: "account" });
      holderId = spouseId;
    }
    const account = await tx.depositAccount.findUnique({
      where: { depositorId: holderId },
      select: { id: true, accountNo: true, status: true, depositor: { select: { name: true } } },
    });
    if (!account) throw new DomainError("NO_ACCOUNT", { field: "account" });
    // The daily batch deducts only from NORMAL accounts (not sealed 封存, not closed).
    if (account.status !== "NORMAL") throw new DomainError("ACCOUNT_NOT_NORMAL", { field: "account", details: { status: account.status } });

    const ofSpouse = holderId !== loan.borrowerId;
    const active =
      (await tx.deductionAuthorization.findUnique({
        where: { activeKey: loan.id },
        select: { id: true, accountId: true, activeKey: true },
      })) ??
      (await tx.deductionAuthorization.findUnique({
        where: { pendingKey: loan.id },
        select: { id: true, accountId: true, activeKey: true },
      }));
    const result = { accountNo: account.accountNo, holderName: account.depositor.name };
    if (active?.accountId === account.id)
      return { authorizationId: active.id, ...result, duplicate: true, pendingSpouse: !active.activeKey };
    if (active) throw new DomainError("AUTHORIZATION_ACTIVE");

    const signed = await tx.deductionAuthorization.create({
      data: ofSpouse
        ? { loanId: loan.id, accountId: account.id, pendingKey: loan.id, signedAt: now, signedById: opts.actor.userId }
        : {
            loanId: loan.id,
            accountId: account.id,
            activeKey: loan.id,
            signedAt: now,
            signedById: opts.actor.userId,
            confirmedAt: now,
            confirmedById: opts.actor.userId,
          },
    });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      action: "DEDUCTION_AUTHORIZATION_SIGNED",
      entityType: "DeductionAuthorization",
      entityId: signed.id,
      toState: ofSpouse ? "PENDING_SPOUSE" : "ACTIVE",
      detail: { loanNo: loan.loanNo, accountNo: account.accountNo, holder: opts.account },
    });
    return { authorizationId: signed.id, ...result, duplicate: false, pendingSpouse: ofSpouse };
  });
}
