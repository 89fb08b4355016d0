import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

/** Loan states that keep an account open: an application in progress or a loan not yet paid off. */
const OPEN_LOAN_STATUSES = ["APPLYING", "ACTIVE", "OVERDUE"] as const;

/**
 * An account cannot be closed (a closing withdrawal, a transfer out of the city) while its holder
 * owes a provident-fund loan as borrower or co-borrower, or has one in application: the balance
 * stands behind the loan. Throws LOAN_OUTSTANDING (details.loanNo).
 */
export async function assertNoLoanOutstanding(tx: Pick<Tx, "loan">, depositorId: string): Promise<void> {
  const loan = await tx.loan.findFirst({
    where: { OR: [{ borrowerId: depositorId }, { coBorrowerId: depositorId }], status: { in: [...OPEN_LOAN_STATUSES] } },
    select: { loanNo: true },
  });
  if (loan) throw new DomainError("LOAN_OUTSTANDING", { details: { loanNo: loan.loanNo } });
}
