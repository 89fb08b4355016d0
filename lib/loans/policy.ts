import Decimal from "decimal.js";
import { addMonthsClamped, parseIsoDate } from "@/lib/dates/calendar";
import { Money, formatYuan, money, toFen } from "@/lib/money";
import { monthlyRate } from "@/lib/loans/schedule";

/**
 * Loan policy as data (the ADMIN edits it; each loan records the version it used) and the pure
 * rules that turn an applicant, a property and a request into limits and eligibility.
 */
export type RetirementRule = {
  /** Statutory age before the 2025 reform. */
  baseAge: number;
  /** First birth month ("YYYY-MM") whose retirement the 2025 reform delays. */
  reformFromBirthMonth: string;
  /** The delay grows one month for every this many birth months. */
  birthMonthsPerStep: number;
  maxDelayMonths: number;
};

export type LoanPolicyRules = {
  cityCap: string;
  rates: { firstHome: { upTo5Years: string; over5Years: string }; secondHome: { upTo5Years: string; over5Years: string } };
  ltvPercent: { firstHome: string; secondHome: string };
  balanceMultiple: string;
  maxPaymentToIncomePercent: string;
  minTermMonths: number;
  maxTermMonths: number;
  yearsBeyondRetirement: number;
  minContinuousContributionMonths: number;
  retirement: { MALE: RetirementRule; FEMALE: RetirementRule };
  /**
   * An installment whose due date falls on a non-working day (lib/calendar): KEEP it, or move it to
   * the NEXT_WORKING_DAY (顺延). Absent in versions published before the switch existed: KEEP.
   */
  dueDateOnHoliday?: "KEEP" | "NEXT_WORKING_DAY";
};

export const DEFAULT_LOAN_POLICY: LoanPolicyRules = {
  cityCap: "1000000.00",
  rates: { firstHome: { upTo5Years: "2.1", over5Years: "2.6" }, secondHome: { upTo5Years: "2.525", over5Years: "3.075" } },
  ltvPercent: { firstHome: "80", secondHome: "70" },
  balanceMultiple: "15",
  maxPaymentToIncomePercent: "50",
  minTermMonths: 12,
  maxTermMonths: 360,
  yearsBeyondRetirement: 5,
  minContinuousContributionMonths: 6,
  // 全国人大常委会 2024-09-13: men 60→63 and women 55→58, one month later for every four birth months.
  retirement: {
    MALE: { baseAge: 60, reformFromBirthMonth: "1965-01", birthMonthsPerStep: 4, maxDelayMonths: 36 },
    FEMALE: { baseAge: 55, reformFromBirthMonth: "1970-01", birthMonthsPerStep: 4, maxDelayMonths: 36 },
  },
  dueDateOnHoliday: "KEEP",
};

/** The date a person reaches statutory retirement age. */
export function retirementDate(birthDate: string, gender: "MALE" | "FEMALE", rules: LoanPolicyRules): string {
  const rule = rules.retirement[gender];
  const birth = parseIsoDate(birthDate);
  const reform = parseIsoDate(`${rule.reformFromBirthMonth}-01`);
  const birthMonthsAfterReform = (birth.year - reform.year) * 12 + (birth.month - reform.month);
  const delay =
    birthMonthsAfterReform < 0 ? 0 : Math.min(rule.maxDelayMonths, Math.floor(birthMonthsAfterReform / rule.birthMonthsPerStep) + 1);
  return addMonthsClamped(birthDate, rule.baseAge * 12 + delay);
}

/** Whole months from `from` to `to` (both YYYY-MM-DD), counting a month only when complete. */
export function wholeMonthsBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  return addMonthsClamped(from, months) > to ? months - 1 : months;
}

export function annualRateFor(rules: LoanPolicyRules, isFirstHome: boolean, termMonths: number): string {
  const table = isFirstHome ? rules.rates.firstHome : rules.rates.secondHome;
  return termMonths <= 60 ? table.upTo5Years : table.over5Years;
}

/** The largest principal whose highest monthly payment stays within `payment`, floored to the fen. */
export function principalForPayment(
  payment: Decimal,
  annualRatePercent: string,
  months: number,
  method: "EQUAL_INSTALLMENT" | "EQUAL_PRINCIPAL",
): Decimal {
  const r = monthlyRate(annualRatePercent);
  // Payment per yuan borrowed: the annuity factor, or the first (largest) equal-principal payment.
  const perYuan =
    method === "EQUAL_PRINCIPAL" || r.isZero()
      ? new Money(1).dividedBy(months).plus(r)
      : r.times(r.plus(1).pow(months)).dividedBy(r.plus(1).pow(months).minus(1));
  return payment.dividedBy(perYuan).toDecimalPlaces(2, Decimal.ROUND_DOWN);
}

export type LimitCode = "CITY_CAP" | "LOAN_TO_VALUE" | "BALANCE_MULTIPLE" | "AFFORDABILITY";

export const LIMIT_LABELS: Record<LimitCode, string> = {
  CITY_CAP: "本市最高贷款额度",
  LOAN_TO_VALUE: "房价 × 贷款成数",
  BALANCE_MULTIPLE: "公积金余额 × 倍数",
  AFFORDABILITY: "月还款不超过月收入50%",
};

export type LoanApplicationFacts = {
  asOf: string;
  birthDate: string;
  gender: "MALE" | "FEMALE";
  /** Sum of the applicant's and co-applicant's fund balances. */
  balance: string;
  /** Household monthly income counted for affordability. */
  monthlyIncome: string;
  continuousContributionMonths: number;
  accountNormal: boolean;
  hasOutstandingFundLoan: boolean;
  blacklisted: boolean;
  purchasePrice: string;
  isFirstHome: boolean;
  requestedAmount: string;
  termMonths: number;
  method: "EQUAL_INSTALLMENT" | "EQUAL_PRINCIPAL";
};

export type EligibilityProblem =
  | { code: "CONTRIBUTION_TOO_SHORT"; months: number; required: number }
  | { code: "ACCOUNT_NOT_NORMAL" }
  | { code: "OUTSTANDING_FUND_LOAN" }
  | { code: "BLACKLISTED" }
  | { code: "TERM_OUT_OF_RANGE"; min: number; max: number }
  | { code: "TERM_BEYOND_AGE"; maxTermMonths: number; latestMaturity: string }
  | { code: "AMOUNT_OVER_LIMIT"; maxAmount: string; binding: LimitCode };

export type LoanAssessment = {
  annualRatePercent: string;
  limits: { code: LimitCode; label: string; amount: string }[];
  maxAmount: string;
  binding: LimitCode;
  maxTermMonthsByAge: number;
  latestMaturity: string;
  problems: EligibilityProblem[];
  eligible: boolean;
};

/** Every limit, which one binds, and every reason the request cannot be granted as asked. */
export function assessLoanApplication(facts: LoanApplicationFacts, rules: LoanPolicyRules): LoanAssessment {
  const problems: EligibilityProblem[] = [];
  if (facts.continuousContributionMonths < rules.minContinuousContributionMonths) {
    problems.push({
      code: "CONTRIBUTION_TOO_SHORT",
      months: facts.continuousContributionMonths,
      required: rules.minContinuousContributionMonths,
    });
  }
  if (!facts.accountNormal) problems.push({ code: "ACCOUNT_NOT_NORMAL" });
  if (facts.hasOutstandingFundLoan) problems.push({ code: "OUTSTANDING_FUND_LOAN" });
  if (facts.blacklisted) problems.push({ code: "BLACKLISTED" });

  const latestMaturity = addMonthsClamped(retirementDate(facts.birthDate, facts.gender, rules), rules.yearsBeyondRetirement * 12);
  const maxTermMonthsByAge = Math.max(0, Math.min(rules.maxTermMonths, wholeMonthsBetween(facts.asOf, latestMaturity)));
  if (!Number.isInteger(facts.termMonths) || facts.termMonths < rules.minTermMonths || facts.termMonths > rules.maxTermMonths) {
    problems.push({ code: "TERM_OUT_OF_RANGE", min: rules.minTermMonths, max: rules.maxTermMonths });
  } else if (facts.termMonths > maxTermMonthsByAge) {
    problems.push({ code: "TERM_BEYOND_AGE", maxTermMonths: maxTermMonthsByAge, latestMaturity });
  }

  const term = Math.min(Math.max(facts.termMonths, 1), rules.maxTermMonths);
  const annualRatePercent = annualRateFor(rules, facts.isFirstHome, term);
  const ltv = facts.isFirstHome ? rules.ltvPercent.firstHome : rules.ltvPercent.secondHome;
  const maxPayment = toFen(money(facts.monthlyIncome).times(rules.maxPaymentToIncomePercent).dividedBy(100));
  const candidates: [LimitCode, Decimal][] = [
    ["CITY_CAP", money(rules.cityCap)],
    ["LOAN_TO_VALUE", money(facts.purchasePrice).times(ltv).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN)],
    ["BALANCE_MULTIPLE", money(facts.balance).times(rules.balanceMultiple).toDecimalPlaces(2, Decimal.ROUND_DOWN)],
    ["AFFORDABILITY", principalForPayment(maxPayment, annualRatePercent, term, facts.method)],
  ];
  const [binding, max] = candidates.reduce((low, next) => (next[1].lt(low[1]) ? next : low));
  if (money(facts.requestedAmount).gt(max)) problems.push({ code: "AMOUNT_OVER_LIMIT", maxAmount: formatYuan(max), binding });

  return {
    annualRatePercent,
    limits: candidates.map(([code, amount]) => ({ code, label: LIMIT_LABELS[code], amount: formatYuan(amount) })),
    maxAmount: formatYuan(max),
    binding,
    maxTermMonthsByAge,
    latestMaturity,
    problems,
    eligible: problems.length === 0,
  };
}
