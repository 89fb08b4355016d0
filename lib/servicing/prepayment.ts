import type Decimal from "decimal.js";
import { addMonthsClamped, daysBetween } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import {
  buildSchedule,
  equalInstallmentPayment,
  installmentDueDate,
  type DueDateOf,
  type Installment,
  type RepaymentMethod,
} from "@/lib/loans/schedule";
import { formatYuan, money, toFen, type MoneyInput } from "@/lib/money";

/**
 * Prepayment (提前还款). Every schedule comes from lib/loans/schedule.ts buildSchedule.
 *
 * Partial prepayment takes effect on a due date, right after that date's installment is settled,
 * so no interest has accrued on the balance it reduces; the new schedule starts at the next
 * installment. Modes:
 * - LOWER_PAYMENT (减少月供): keep the remaining number of installments, recompute the payment;
 * - SHORTEN_TERM (缩短期限): 等额本息 — the fewest months whose annuity payment does not exceed the
 *   current payment; 等额本金 — keep the monthly principal: months = ⌈new principal ÷ current monthly
 *   principal⌉ (buildSchedule spreads the principal evenly, never above the current one).
 * "Current" is the remaining schedule buildSchedule gives for the remaining principal and count;
 * it is what old payment, months and interest in the summary compare against.
 * Due dates keep the loan's day of month: installment k falls due on loanFirstDueDate + (k − 1) months,
 * through the loan policy's due-date rule (installmentDueDate), exactly as at disbursement.
 *
 * Full payoff (提前结清) = remaining principal + interest accrued since the last due date (or the
 * disbursement date when none has passed): principal × annual rate ÷ 100 ÷ 360 × actual days
 * (last due date excluded, payoff date included), half-up to the fen once. Arrears and penalty
 * interest are not in it: the use case settles them first.
 *
 * Errors: INVALID_AMOUNT, PREPAYMENT_EXCEEDS_PRINCIPAL (more than the remaining principal),
 * USE_FULL_PAYOFF (exactly the remaining principal), INVALID_SCHEDULE_POSITION.
 */
export type PrepaymentMode = "SHORTEN_TERM" | "LOWER_PAYMENT";

export type PrepaymentInput = {
  /** Outstanding principal after the last settled installment, before the prepayment. */
  remainingPrincipal: string;
  amount: string;
  annualRatePercent: string;
  method: RepaymentMethod;
  /** Installments not yet due (the current schedule from nextSeq on). */
  remainingInstallments: number;
  /** The seq of the next installment; the new schedule is numbered from it. */
  nextSeq: number;
  /** The loan's first due date: fixes the day of month of every due date. */
  loanFirstDueDate: string;
  /**
   * The loan's due-date rule (lib/loans/due-date-rule.ts loanDueDateRule): the rebuilt installments
   * fall due where the original schedule's would (a holiday shift is kept). Default: nominal dates.
   */
  dueDateOf?: DueDateOf;
  mode: PrepaymentMode;
};

export type PrepaymentSummary = {
  newPrincipal: string;
  oldPayment: string;
  newPayment: string;
  oldMonths: number;
  newMonths: number;
  monthsSaved: number;
  oldInterest: string;
  newInterest: string;
  interestSaved: string;
};

export type PrepaymentResult = { installments: Installment[]; summary: PrepaymentSummary };

function positiveYuan(value: MoneyInput, field: string): Decimal {
  let parsed: Decimal;
  try {
    parsed = money(value);
  } catch {
    throw new DomainError("INVALID_AMOUNT", { field });
  }
  if (!parsed.isFinite() || parsed.lte(0) || parsed.decimalPlaces() > 2) throw new DomainError("INVALID_AMOUNT", { field });
  return parsed;
}

/** buildSchedule from installment `nextSeq` on, renumbered and dated on the loan's day of month. */
function remainingSchedule(principal: string, months: number, input: PrepaymentInput) {
  const nextDueDate = addMonthsClamped(input.loanFirstDueDate, input.nextSeq - 1);
  const schedule = buildSchedule({
    principal,
    annualRatePercent: input.annualRatePercent,
    months,
    method: input.method,
    firstDueDate: nextDueDate,
  });
  const installments = schedule.installments.map((i) => {
    const seq = i.seq + input.nextSeq - 1;
    return { ...i, seq, dueDate: installmentDueDate(input.loanFirstDueDate, seq, input.dueDateOf) };
  });
  return { installments, totalInterest: schedule.totalInterest };
}

function shortenedMonths(newPrincipal: string, current: Installment, input: PrepaymentInput): number {
  if (input.method === "EQUAL_PRINCIPAL") {
    const months = money(newPrincipal).dividedBy(current.principal).ceil().toNumber();
    return Math.min(Math.max(months, 1), input.remainingInstallments);
  }
  // The annuity falls as the term grows: binary-search the fewest months within the current payment.
  let low = 1;
  let high = input.remainingInstallments;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (equalInstallmentPayment(newPrincipal, input.annualRatePercent, mid).lte(current.payment)) high = mid;
    else low = mid + 1;
  }
  return low;
}

export function recomputeAfterPrepayment(input: PrepaymentInput): PrepaymentResult {
  const remaining = positiveYuan(input.remainingPrincipal, "remainingPrincipal");
  const amount = positiveYuan(input.amount, "amount");
  if (
    !Number.isInteger(input.remainingInstallments) ||
    input.remainingInstallments < 1 ||
    !Number.isInteger(input.nextSeq) ||
    input.nextSeq < 1
  ) {
    throw new DomainError("INVALID_SCHEDULE_POSITION", {
      details: { remainingInstallments: input.remainingInstallments, nextSeq: input.nextSeq },
    });
  }
  if (amount.gt(remaining))
    throw new DomainError("PREPAYMENT_EXCEEDS_PRINCIPAL", { field: "amount", details: { remainingPrincipal: formatYuan(remaining) } });
  if (amount.eq(remaining)) throw new DomainError("USE_FULL_PAYOFF", { field: "amount" });

  const old = remainingSchedule(formatYuan(remaining), input.remainingInstallments, input);
  const current = old.installments[0]!;
  const newPrincipal = formatYuan(remaining.minus(amount));
  const newMonths = input.mode === "SHORTEN_TERM" ? shortenedMonths(newPrincipal, current, input) : input.remainingInstallments;
  const next = remainingSchedule(newPrincipal, newMonths, input);

  return {
    installments: next.installments,
    summary: {
      newPrincipal,
      oldPayment: current.payment,
      newPayment: next.installments[0]!.payment,
      oldMonths: input.remainingInstallments,
      newMonths,
      monthsSaved: input.remainingInstallments - newMonths,
      oldInterest: old.totalInterest,
      newInterest: next.totalInterest,
      interestSaved: formatYuan(money(old.totalInterest).minus(next.totalInterest)),
    },
  };
}

export type PayoffInput = {
  remainingPrincipal: string;
  annualRatePercent: string;
  /** The last due date already passed (or the disbursement date before the first one). */
  lastDueDate: string;
  payoffDate: string;
};

export type PayoffQuote = { principal: string; accruedDays: number; accruedInterest: string; total: string };

export function fullPayoffQuote(input: PayoffInput): PayoffQuote {
  const principal = positiveYuan(input.remainingPrincipal, "remainingPrincipal");
  const rate = money(input.annualRatePercent);
  if (rate.isNegative()) throw new DomainError("INVALID_AMOUNT", { field: "annualRatePercent" });
  const days = daysBetween(input.lastDueDate, input.payoffDate);
  if (days < 0) throw new DomainError("INVALID_SCHEDULE_POSITION", { field: "payoffDate" });
  const interest = toFen(principal.times(rate).times(days).dividedBy(100).dividedBy(360));
  return {
    principal: formatYuan(principal),
    accruedDays: days,
    accruedInterest: formatYuan(interest),
    total: formatYuan(principal.plus(interest)),
  };
}
