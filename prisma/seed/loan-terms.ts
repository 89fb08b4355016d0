import Decimal from "decimal.js";
import { addMonthsClamped } from "../../lib/dates/calendar";
import { DEFAULT_LOAN_POLICY, principalForPayment, retirementDate, wholeMonthsBetween } from "../../lib/loans/policy";
import { money, toFen } from "../../lib/money";
import type { DepositorInfo } from "./fund";

/** Fund loan rates over five years by the date they took effect (first home, second home). */
const RATE_HISTORY: readonly (readonly [string, string, string])[] = [
  ["2025-05-08", "2.6", "3.075"],
  ["2024-05-18", "2.85", "3.325"],
  ["2022-10-01", "3.1", "3.575"],
  ["2015-08-26", "3.25", "3.575"],
  ["1900-01-01", "3.5", "3.85"],
];

/** The rate in force on the disbursement date; a seeded loan keeps it for its whole term. */
export function historicRate(on: string, isFirstHome: boolean): string {
  const row = RATE_HISTORY.find(([from]) => on >= from)!;
  return isFirstHome ? row[1] : row[2];
}

/** Longest term the borrower may take on `on`: up to five years past statutory retirement. */
export function maxTermByAge(d: DepositorInfo, on: string): number {
  const p = DEFAULT_LOAN_POLICY;
  const latest = addMonthsClamped(retirementDate(d.birthDate, d.gender, p), p.yearsBeyondRetirement * 12);
  return Math.min(p.maxTermMonths, wholeMonthsBetween(on, latest));
}

export function householdIncome(borrower: DepositorInfo, co: DepositorInfo | null): Decimal {
  return co ? borrower.incomeYuan.plus(co.incomeYuan) : borrower.incomeYuan;
}

/**
 * The most a loan disbursed in the past could have been: the city cap, the loan-to-value limit and
 * affordability (payment ≤ 50 % of household income). The balance multiple is left out because
 * the seed does not know the balance at that time.
 */
export function historicMaxPrincipal(price: Decimal, isFirstHome: boolean, income: Decimal, rate: string, term: number): Decimal {
  const p = DEFAULT_LOAN_POLICY;
  const ltv = isFirstHome ? p.ltvPercent.firstHome : p.ltvPercent.secondHome;
  const maxPayment = toFen(income.times(p.maxPaymentToIncomePercent).dividedBy(100));
  return Decimal.min(money(p.cityCap), price.times(ltv).dividedBy(100), principalForPayment(maxPayment, rate, term, "EQUAL_INSTALLMENT"));
}

/** A share (percent) of `amount`, floored to a multiple of `step` yuan. */
export function shareFloored(amount: Decimal, percent: number, step: number): Decimal {
  return amount
    .times(percent)
    .dividedBy(100 * step)
    .floor()
    .times(step);
}
