import { DomainError } from "@/lib/errors";
import type { DueDateOf, Installment, RepaymentMethod } from "@/lib/loans/schedule";
import { formatYuan, isYuanString, money, sumMoney, type MoneyInput } from "@/lib/money";
import { fullPayoffQuote, recomputeAfterPrepayment, type PrepaymentMode, type PrepaymentSummary } from "@/lib/servicing/prepayment";
import { loanPosition, type PositionInstallment } from "./loan-position";

/**
 * Prepayment (提前部分还款) and full payoff (提前结清) as the borrower is quoted them. The terms, the
 * same for the quote and the confirmation:
 * - Arrears first: nothing may be overdue and no penalty interest owed; an installment due today
 *   must be settled first (在线还款 or the day's deduction), and the next installment must not be
 *   half paid ahead of time — its split between principal and interest would no longer hold.
 * - Takes effect on the day it is paid (the business date D). The principal prepaid stops bearing
 *   interest from that day.
 * - Interest on the prepaid principal from the last due date (or the disbursement date before the
 *   first one) up to D is charged with the prepayment: amount × contract rate ÷ 360 × days, half-up
 *   to the fen — the payoff formula of lib/servicing/prepayment.ts applied to the amount prepaid.
 *   The principal that remains pays its ordinary interest at the next due date, so every day of
 *   every yuan is charged exactly once. When the next installment was paid ahead (its interest
 *   already covers the days to its due date) no interest is added. No fee, no penalty for prepaying.
 * - Partial: at least PREPAYMENT_POLICY.minAmount, in whole multiples of multipleOf, and less than
 *   the remaining principal (all of it is a full payoff). The remaining schedule is rebuilt by
 *   recomputeAfterPrepayment (buildSchedule) in the chosen mode, numbered from the next installment.
 * Errors: ARREARS_FIRST, CURRENT_DUE_FIRST, NEXT_PARTLY_PAID, NOTHING_OWED, INVALID_AMOUNT,
 * PREPAYMENT_BELOW_MINIMUM, PREPAYMENT_NOT_MULTIPLE, USE_FULL_PAYOFF, PREPAYMENT_EXCEEDS_PRINCIPAL
 * (the last five on field amount).
 */
export const PREPAYMENT_POLICY = { minAmount: "10000.00", multipleOf: "100" } as const;

export type PrepaymentLoanFacts = {
  annualRatePercent: string;
  method: RepaymentMethod;
  firstDueDate: string;
  disbursedOn: string;
  /** The loan's due-date rule (its policy version's dueDateOnHoliday): the rebuilt schedule keeps it. */
  dueDateOf: DueDateOf;
};

export type PrepaymentStart = {
  businessDate: string;
  /** The first installment the prepayment changes; every earlier one is fully paid. */
  nextSeq: number;
  remainingInstallments: number;
  remainingPrincipal: string;
  /** Interest on prepaid principal runs from here to the business date. */
  accrueFrom: string;
};

export function prepaymentStart(input: {
  installments: readonly PositionInstallment[];
  penaltyPosted: MoneyInput;
  penaltyPaid: MoneyInput;
  businessDate: string;
  disbursedOn: string;
}): PrepaymentStart {
  const { businessDate } = input;
  const position = loanPosition(input);
  if (!money(position.arrears).isZero()) throw new DomainError("ARREARS_FIRST", { details: { arrears: position.arrears } });
  const sorted = [...input.installments].sort((a, b) => a.seq - b.seq);
  const settled = (i: PositionInstallment) => money(i.paidPrincipal).eq(money(i.principal)) && money(i.paidInterest).eq(money(i.interest));
  const nextIndex = sorted.findIndex((i) => !settled(i));
  if (nextIndex < 0) throw new DomainError("NOTHING_OWED");
  const next = sorted[nextIndex]!;
  if (next.dueDate <= businessDate) throw new DomainError("CURRENT_DUE_FIRST", { details: { seq: next.seq, dueDate: next.dueDate } });
  const rest = sorted.slice(nextIndex);
  if (rest.some((i) => !money(i.paidPrincipal).isZero() || !money(i.paidInterest).isZero()))
    throw new DomainError("NEXT_PARTLY_PAID", { details: { seq: next.seq } });
  const lastDue = nextIndex > 0 ? sorted[nextIndex - 1]!.dueDate : input.disbursedOn;
  return {
    businessDate,
    nextSeq: next.seq,
    remainingInstallments: rest.length,
    remainingPrincipal: formatYuan(sumMoney(rest.map((i) => i.principal))),
    accrueFrom: lastDue < businessDate ? lastDue : businessDate,
  };
}

export type PayoffPlan = { takesEffectOn: string; principal: string; accruedDays: number; accruedInterest: string; total: string };

/** 提前结清: the remaining principal plus its interest since the last due date. */
export function planPayoff(loan: Pick<PrepaymentLoanFacts, "annualRatePercent">, start: PrepaymentStart): PayoffPlan {
  const quote = fullPayoffQuote({
    remainingPrincipal: start.remainingPrincipal,
    annualRatePercent: loan.annualRatePercent,
    lastDueDate: start.accrueFrom,
    payoffDate: start.businessDate,
  });
  return { takesEffectOn: start.businessDate, ...quote };
}

export type PartialPrepaymentPlan = {
  takesEffectOn: string;
  mode: PrepaymentMode;
  amount: string;
  accruedDays: number;
  accruedInterest: string;
  /** amount + accruedInterest: what the borrower pays today. */
  total: string;
  summary: PrepaymentSummary;
  installments: Installment[];
  nextSeq: number;
};

/** The checked partial amount as a canonical yuan string. */
export function checkPartialAmount(raw: string, remainingPrincipal: string): string {
  const text = raw.trim();
  if (!isYuanString(text) || money(text).isZero()) throw new DomainError("INVALID_AMOUNT", { field: "amount" });
  const amount = money(text);
  if (amount.gt(remainingPrincipal))
    throw new DomainError("PREPAYMENT_EXCEEDS_PRINCIPAL", { field: "amount", details: { remainingPrincipal } });
  if (amount.eq(remainingPrincipal)) throw new DomainError("USE_FULL_PAYOFF", { field: "amount" });
  if (amount.lt(PREPAYMENT_POLICY.minAmount))
    throw new DomainError("PREPAYMENT_BELOW_MINIMUM", { field: "amount", details: { ...PREPAYMENT_POLICY } });
  if (!amount.mod(PREPAYMENT_POLICY.multipleOf).isZero())
    throw new DomainError("PREPAYMENT_NOT_MULTIPLE", { field: "amount", details: { ...PREPAYMENT_POLICY } });
  return formatYuan(amount);
}

export function planPartialPrepayment(
  loan: PrepaymentLoanFacts,
  start: PrepaymentStart,
  input: { amount: string; mode: PrepaymentMode },
): PartialPrepaymentPlan {
  const amount = checkPartialAmount(input.amount, start.remainingPrincipal);
  const accrued = fullPayoffQuote({
    remainingPrincipal: amount,
    annualRatePercent: loan.annualRatePercent,
    lastDueDate: start.accrueFrom,
    payoffDate: start.businessDate,
  });
  const { installments, summary } = recomputeAfterPrepayment({
    remainingPrincipal: start.remainingPrincipal,
    amount,
    annualRatePercent: loan.annualRatePercent,
    method: loan.method,
    remainingInstallments: start.remainingInstallments,
    nextSeq: start.nextSeq,
    loanFirstDueDate: loan.firstDueDate,
    dueDateOf: loan.dueDateOf,
    mode: input.mode,
  });
  return {
    takesEffectOn: start.businessDate,
    mode: input.mode,
    amount,
    accruedDays: accrued.accruedDays,
    accruedInterest: accrued.accruedInterest,
    total: accrued.total,
    summary,
    installments,
    nextSeq: start.nextSeq,
  };
}
