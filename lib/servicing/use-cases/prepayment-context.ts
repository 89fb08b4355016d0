import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { formatYuan, money } from "@/lib/money";
import { loanDueDateRule } from "@/lib/loans/due-date-rule";
import { readPositionInputs, type LockedLoan } from "./citizen-loan";
import { prepaymentStart, type PrepaymentLoanFacts, type PrepaymentStart } from "./prepayment-plan";

/** The prepayment start and loan facts of a locked loan on a business date (throws the start's errors). */
export async function readPrepaymentContext(
  tx: Tx,
  loan: LockedLoan,
  businessDate: string,
): Promise<{ start: PrepaymentStart; facts: PrepaymentLoanFacts }> {
  const inputs = await readPositionInputs(tx, loan.id);
  const start = prepaymentStart({ ...inputs, businessDate, disbursedOn: loan.disbursedOn });
  const facts = {
    annualRatePercent: loan.annualRatePercent,
    method: loan.method,
    firstDueDate: loan.firstDueDate,
    disbursedOn: loan.disbursedOn,
    // The rule of the policy version the loan was assessed under, as at disbursement.
    dueDateOf: await loanDueDateRule(tx, loan.policyVersion),
  };
  return { start, facts };
}

/**
 * The borrower confirms the figures they were quoted: if the quote moved since (the date rolled
 * over, a deduction ran), QUOTE_CHANGED asks them to look at the new one instead of charging it.
 */
export function assertQuotedTotal(expectedTotal: string | null | undefined, total: string): void {
  if (expectedTotal == null) return;
  let expected: string;
  try {
    expected = formatYuan(money(expectedTotal.trim()));
  } catch {
    throw new DomainError("QUOTE_CHANGED", { details: { total } });
  }
  if (expected !== total) throw new DomainError("QUOTE_CHANGED", { details: { total } });
}
