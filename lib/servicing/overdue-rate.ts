import Decimal from "decimal.js";
import { DomainError } from "@/lib/errors";
import { Money, formatYuan, money, type MoneyInput } from "@/lib/money";

/**
 * Overdue rate (逾期率) = principal balance of overdue loans ÷ total loan principal balance × 100,
 * computed exactly and shown as a percentage with two decimals, half-up ("1.23"); "0.00" when the
 * total is 0. Only loans in repayment count (ACTIVE and OVERDUE); an overdue loan counts with its
 * whole principal balance, not just its overdue installments. Overdue borrowers are the distinct
 * borrowers of OVERDUE loans. Errors: INVALID_AMOUNT (negative balance).
 */
export type LoanBalanceRow = {
  borrowerId: string;
  status: string;
  outstandingPrincipal: MoneyInput;
};

export type OverdueRate = {
  totalPrincipal: string;
  overduePrincipal: string;
  ratePercent: string;
  loanCount: number;
  overdueLoanCount: number;
  overdueBorrowerCount: number;
};

/** overdue ÷ total as a percentage string, two decimals half-up; "0.00" for a zero total. */
export function overdueRatePercent(overduePrincipal: MoneyInput, totalPrincipal: MoneyInput): string {
  const total = money(totalPrincipal);
  if (total.isZero()) return "0.00";
  return money(overduePrincipal).times(100).dividedBy(total).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

export function overdueRate(loans: readonly LoanBalanceRow[]): OverdueRate {
  let total: Decimal = new Money(0);
  let overdue: Decimal = new Money(0);
  let loanCount = 0;
  let overdueLoanCount = 0;
  const borrowers = new Set<string>();
  for (const loan of loans) {
    if (loan.status !== "ACTIVE" && loan.status !== "OVERDUE") continue;
    const balance = money(loan.outstandingPrincipal);
    if (balance.isNegative()) throw new DomainError("INVALID_AMOUNT", { details: { borrowerId: loan.borrowerId } });
    total = total.plus(balance);
    loanCount++;
    if (loan.status === "OVERDUE") {
      overdue = overdue.plus(balance);
      overdueLoanCount++;
      borrowers.add(loan.borrowerId);
    }
  }
  return {
    totalPrincipal: formatYuan(total),
    overduePrincipal: formatYuan(overdue),
    ratePercent: overdueRatePercent(overdue, total),
    loanCount,
    overdueLoanCount,
    overdueBorrowerCount: borrowers.size,
  };
}
