import { DomainError } from "@/lib/errors";
import { formatYuan, isYuanString, money } from "@/lib/money";
import type { LoanPosition } from "./loan-position";

/**
 * Online repayment amounts (在线还款):
 * - the suggested amount is everything in arrears (penalty + overdue interest + overdue principal)
 *   plus the installment due today, if any; with no arrears, that installment alone;
 * - the amount must be a positive yuan amount with at most two decimals and never more than what
 *   is due now (./loan-position.ts dueNow): an online repayment is not a prepayment — the shared
 *   settlement never pays an installment ahead of its due date, so principal beyond what is due
 *   goes through 提前还款, which rebuilds the schedule.
 * Errors: NOTHING_DUE, INVALID_AMOUNT (field amount), AMOUNT_OVER_DUE (field amount, details.max).
 */
export function suggestedRepayment(position: LoanPosition): string {
  return position.dueNow;
}

/** The checked amount as a canonical yuan string. */
export function checkRepaymentAmount(raw: string, position: LoanPosition): string {
  const dueNow = money(position.dueNow);
  if (dueNow.isZero()) throw new DomainError("NOTHING_DUE");
  const text = raw.trim();
  if (!isYuanString(text) || money(text).isZero()) throw new DomainError("INVALID_AMOUNT", { field: "amount" });
  const amount = money(text);
  if (amount.gt(dueNow)) throw new DomainError("AMOUNT_OVER_DUE", { field: "amount", details: { max: formatYuan(dueNow) } });
  return formatYuan(amount);
}
