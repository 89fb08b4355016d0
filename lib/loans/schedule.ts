import Decimal from "decimal.js";
import { addMonthsClamped } from "@/lib/dates/calendar";
import { Money, formatYuan, money, toFen } from "@/lib/money";

/**
 * Repayment schedules. The one place that decides what a borrower owes each month: the window,
 * servicing and the daily batch all call buildSchedule.
 *
 * Rules:
 * - monthly rate = annual rate ÷ 12, exact;
 * - each installment's interest = outstanding principal × monthly rate, rounded half-up to the fen;
 * - 等额本息 (EQUAL_INSTALLMENT): the annuity payment P·r·(1+r)^n / ((1+r)^n − 1), rounded half-up
 *   to the fen, principal part = payment − interest;
 * - 等额本金 (EQUAL_PRINCIPAL): principal part = P ÷ n rounded half-up to the fen, plus interest;
 * - the last installment takes whatever principal remains, so the parts sum exactly to the loan
 *   and the final balance is 0.00.
 * - due dates: monthly from firstDueDate, on the same day of month, clamped to the month's end.
 */

export type RepaymentMethod = "EQUAL_INSTALLMENT" | "EQUAL_PRINCIPAL";

export type ScheduleInput = {
  principal: string;
  annualRatePercent: string;
  months: number;
  method: RepaymentMethod;
  firstDueDate: string; // YYYY-MM-DD
  /** The due date an installment's nominal date becomes (lib/loans/due-date-rule.ts); default: itself. */
  dueDateOf?: DueDateOf;
};

/** The loan policy's rule turning a nominal due date into the date the installment falls due. */
export type DueDateOf = (nominal: string) => string;

export type Installment = {
  seq: number;
  dueDate: string;
  payment: string;
  principal: string;
  interest: string;
  balanceAfter: string;
};

export type Schedule = { installments: Installment[]; totalInterest: string };

export function monthlyRate(annualRatePercent: string): Decimal {
  return money(annualRatePercent).dividedBy(100).dividedBy(12);
}

/** The 等额本息 monthly payment, rounded half-up to the fen. */
export function equalInstallmentPayment(principal: string, annualRatePercent: string, months: number): Decimal {
  const r = monthlyRate(annualRatePercent);
  const p = money(principal);
  if (r.isZero()) return toFen(p.dividedBy(months));
  const growth = r.plus(1).pow(months);
  return toFen(p.times(r).times(growth).dividedBy(growth.minus(1)));
}

function assertValid(input: ScheduleInput): void {
  if (!Number.isInteger(input.months) || input.months < 1) throw new Error("months must be a positive integer");
  if (money(input.principal).lte(0)) throw new Error("principal must be positive");
  if (money(input.annualRatePercent).lt(0)) throw new Error("annual rate must not be negative");
}

const same: DueDateOf = (date) => date;

/**
 * The due date of installment `seq` counted from `firstDueDate`: the same day of month (clamped to
 * the month's end), then the policy's rule (顺延 off a non-working day when it says so). The one
 * place a due date is made: the first schedule, a prepayment's rebuilt tail and a repricing's
 * rebuilt tail all date their installments here, so a rebuild never undoes the rule.
 */
export function installmentDueDate(firstDueDate: string, seq: number, dueDateOf: DueDateOf = same): string {
  return dueDateOf(addMonthsClamped(firstDueDate, seq - 1));
}

export function buildSchedule(input: ScheduleInput): Schedule {
  assertValid(input);
  const r = monthlyRate(input.annualRatePercent);
  const fixedPayment =
    input.method === "EQUAL_INSTALLMENT" ? equalInstallmentPayment(input.principal, input.annualRatePercent, input.months) : null;
  const fixedPrincipal = input.method === "EQUAL_PRINCIPAL" ? toFen(money(input.principal).dividedBy(input.months)) : null;

  const installments: Installment[] = [];
  let balance = toFen(input.principal);
  let totalInterest: Decimal = new Money(0);

  for (let seq = 1; seq <= input.months; seq++) {
    const interest = toFen(balance.times(r));
    const isLast = seq === input.months;
    let principalPart = isLast ? balance : fixedPayment ? fixedPayment.minus(interest) : fixedPrincipal!;
    // NOTE: on tiny loans a fixed payment can fall below the interest or overshoot the balance;
    // never amortize negatively and never below zero.
    if (principalPart.lt(0)) principalPart = new Money(0);
    if (principalPart.gt(balance)) principalPart = balance;
    balance = balance.minus(principalPart);
    totalInterest = totalInterest.plus(interest);
    installments.push({
      seq,
      dueDate: installmentDueDate(input.firstDueDate, seq, input.dueDateOf),
      payment: formatYuan(principalPart.plus(interest)),
      principal: formatYuan(principalPart),
      interest: formatYuan(interest),
      balanceAfter: formatYuan(balance),
    });
  }
  return { installments, totalInterest: formatYuan(totalInterest) };
}
