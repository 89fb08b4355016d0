import type { Tx } from "@/lib/db";
import { DomainError, isDomainError } from "@/lib/errors";
import type { BankPort, LoanDisbursementTransfer } from "@/lib/bank/bank-port";

/** The bank reference of a loan's disbursement: one per loan, so no retry can pay twice. */
export const disbursementReference = (loanId: string) => `LOAN:${loanId}`;

/**
 * Pays the loan's principal to its payee through the bank port, in the disbursement's transaction.
 * A bank that did not answer (BANK_UNAVAILABLE) is asked exactly once more with the same reference
 * — the bank pays a reference at most once, so the retry can never double the payment; a second
 * silence, or a refusal, is the caller's error (the transaction rolls back, nothing disbursed).
 * Errors: NOT_FOUND, PAYEE_MISSING, and the port's BANK_* codes.
 */
export async function payLoanOut(tx: Tx, bank: BankPort, loanId: string): Promise<{ bankRef: string }> {
  const loan = await tx.loan.findUnique({ where: { id: loanId }, select: { principal: true, payeeName: true, payeeAccount: true } });
  if (!loan) throw new DomainError("NOT_FOUND", { details: { entity: "Loan" } });
  if (!loan.payeeName || !loan.payeeAccount) throw new DomainError("PAYEE_MISSING");
  const transfer: LoanDisbursementTransfer = {
    reference: disbursementReference(loanId),
    amount: loan.principal.toFixed(2),
    payeeName: loan.payeeName,
    payeeAccount: loan.payeeAccount,
  };
  try {
    return await bank.disburse(tx, transfer);
  } catch (error) {
    if (isDomainError(error) && error.code === "BANK_UNAVAILABLE") return bank.disburse(tx, transfer);
    throw error;
  }
}
