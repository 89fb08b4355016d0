import type Decimal from "decimal.js";
import { DomainError } from "@/lib/errors";
import { formatYuan, money, type MoneyInput } from "@/lib/money";

/**
 * Penalty interest (罚息) on overdue amounts. The rule is data:
 * - penalty annual rate = contract annual rate × (1 + markupPercent / 100) — the default markup of
 *   50 % gives 2.6 % → 3.9 % (合同利率上浮50%) — or a fixed annual rate;
 * - base = overdue principal, plus overdue interest only when `includeOverdueInterest` (复利) is set;
 *   the default is principal only;
 * - penalty for d days = base × penalty annual rate ÷ 100 ÷ 360 × d (日利率 = 年利率 ÷ 360, the
 *   convention of 人民银行《人民币利率管理规定》, as for fund deposit interest);
 * - rounding: half-up to the fen once per posting. The daily batch posts one day at a time
 *   (`dailyPenalty`); `penaltyForDays` is one posting covering a span, so it can differ from the sum
 *   of that many daily postings by under ½ fen per day. Use one or the other for a given ledger.
 * Errors: INVALID_AMOUNT (negative or non-numeric amounts, rates or days).
 */
export type PenaltyRateRule = { kind: "MARKUP"; markupPercent: string } | { kind: "FIXED"; annualRatePercent: string };

export type PenaltyRule = { rate: PenaltyRateRule; includeOverdueInterest: boolean };

export const DEFAULT_PENALTY_RULE: PenaltyRule = { rate: { kind: "MARKUP", markupPercent: "50" }, includeOverdueInterest: false };

export type PenaltyInput = {
  overduePrincipal: MoneyInput;
  /** Counted only when the rule includes overdue interest. */
  overdueInterest?: MoneyInput;
  contractAnnualRatePercent: MoneyInput;
};

function nonNegative(value: MoneyInput, field: string): Decimal {
  let parsed: Decimal;
  try {
    parsed = money(value);
  } catch {
    throw new DomainError("INVALID_AMOUNT", { field });
  }
  if (!parsed.isFinite() || parsed.isNegative()) throw new DomainError("INVALID_AMOUNT", { field });
  return parsed;
}

/** The penalty annual rate in percent, exact ("2.6" → "3.9" under the default rule). */
export function penaltyAnnualRatePercent(contractAnnualRatePercent: MoneyInput, rule: PenaltyRule = DEFAULT_PENALTY_RULE): string {
  if (rule.rate.kind === "FIXED") return nonNegative(rule.rate.annualRatePercent, "annualRatePercent").toString();
  const contract = nonNegative(contractAnnualRatePercent, "contractAnnualRatePercent");
  const markup = nonNegative(rule.rate.markupPercent, "markupPercent");
  return contract.times(markup.plus(100)).dividedBy(100).toString();
}

/** The amount penalty interest runs on: overdue principal, plus overdue interest if the rule says so. */
export function penaltyBase(input: PenaltyInput, rule: PenaltyRule = DEFAULT_PENALTY_RULE): Decimal {
  const principal = nonNegative(input.overduePrincipal, "overduePrincipal");
  return rule.includeOverdueInterest ? principal.plus(nonNegative(input.overdueInterest ?? 0, "overdueInterest")) : principal;
}

/** One posting of penalty interest covering `days` days overdue, half-up to the fen. */
export function penaltyForDays(input: PenaltyInput & { days: number }, rule: PenaltyRule = DEFAULT_PENALTY_RULE): string {
  if (!Number.isInteger(input.days) || input.days < 0) throw new DomainError("INVALID_AMOUNT", { field: "days" });
  const rate = money(penaltyAnnualRatePercent(input.contractAnnualRatePercent, rule));
  return formatYuan(penaltyBase(input, rule).times(rate).times(input.days).dividedBy(100).dividedBy(360));
}

/** The daily batch's posting for one overdue day. */
export function dailyPenalty(input: PenaltyInput, rule: PenaltyRule = DEFAULT_PENALTY_RULE): string {
  return penaltyForDays({ ...input, days: 1 }, rule);
}
