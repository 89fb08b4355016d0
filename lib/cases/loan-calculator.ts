import { z } from "zod";
import { db } from "@/lib/db";
import { isRealDate, todayInShanghai } from "@/lib/dates/calendar";
import { assessLoanApplication, type LoanApplicationFacts, type LoanPolicyRules } from "@/lib/loans/policy";
import { currentLoanPolicy } from "@/lib/loans/policy-store";
import { buildSchedule } from "@/lib/loans/schedule";
import { formatYuan, money } from "@/lib/money";
import { loanProblemMessage } from "@/lib/cases/messages";
import { toLimitsView, type LimitsView } from "@/lib/cases/assessment-view";

/**
 * 贷款额度试算 for anyone, without signing in: the facts the window reads from the fund and the
 * registry are typed instead, and the SAME policy rule (lib/loans/policy assessLoanApplication, the
 * current published version) gives every limit and the binding one. It assumes what only a
 * signed-in check can know: a normal account, no fund loan outstanding, not on the blacklist.
 */
const yuan = (label: string) =>
  z
    .string({ error: `请输入${label}` })
    .trim()
    .transform((v) => v.replaceAll(",", ""))
    .pipe(
      z
        .string()
        .min(1, `请输入${label}`)
        .regex(/^(0|[1-9]\d{0,11})(\.\d{1,2})?$/, `${label}应为不小于0的金额，最多两位小数`),
    );

export const ZLoanCalculator = z.object({
  birthDate: z
    .string({ error: "请输入出生日期" })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "请输入出生日期（年-月-日）")
    .refine((v) => isRealDate(v) && v >= "1900-01-01" && v <= todayInShanghai(), "出生日期不正确"),
  gender: z.enum(["MALE", "FEMALE"], { error: "请选择性别" }),
  balance: yuan("公积金账户余额"),
  monthlyIncome: yuan("月收入"),
  contributionMonths: z.coerce
    .number({ error: "请输入连续缴存月数" })
    .int("连续缴存月数应为整数")
    .min(0, "连续缴存月数不能为负")
    .max(600, "连续缴存月数不正确"),
  purchasePrice: yuan("房屋总价"),
  isFirstHome: z.enum(["yes", "no"], { error: "请选择是否首套住房" }).transform((v) => v === "yes"),
  termYears: z.coerce.number({ error: "请输入贷款期限" }).int("贷款期限应为整数年").min(1, "贷款期限至少1年").max(30, "贷款期限最长30年"),
  method: z.enum(["EQUAL_INSTALLMENT", "EQUAL_PRINCIPAL"], { error: "请选择还款方式" }),
  /** Optional: the amount the citizen has in mind, checked against the maximum. */
  amount: z
    .string()
    .trim()
    .transform((v) => v.replaceAll(",", ""))
    .pipe(z.union([z.literal(""), z.string().regex(/^[1-9]\d{0,11}(\.\d{1,2})?$/, "贷款金额应为正数，最多两位小数")]))
    .optional()
    .transform((v) => v || null),
});
export type TLoanCalculator = z.infer<typeof ZLoanCalculator>;

const FIELD_OF: Record<string, keyof TLoanCalculator> = {
  CONTRIBUTION_TOO_SHORT: "contributionMonths",
  TERM_OUT_OF_RANGE: "termYears",
  TERM_BEYOND_AGE: "termYears",
  AMOUNT_OVER_LIMIT: "amount",
};

export type CalculatorResult = {
  view: LimitsView;
  problems: { field: string | null; message: string }[];
  /** The amount the payment is shown for: the typed amount within the maximum, else the maximum. */
  paymentFor: string;
  firstPayment: string;
  totalInterest: string;
};

/** The facts the policy rule takes, from the typed form (pure). */
export function calculatorFacts(input: TLoanCalculator, asOf: string): LoanApplicationFacts {
  return {
    asOf,
    birthDate: input.birthDate,
    gender: input.gender,
    balance: money(input.balance).toFixed(2),
    monthlyIncome: money(input.monthlyIncome).toFixed(2),
    continuousContributionMonths: input.contributionMonths,
    accountNormal: true,
    hasOutstandingFundLoan: false,
    blacklisted: false,
    purchasePrice: money(input.purchasePrice).toFixed(2),
    isFirstHome: input.isFirstHome,
    requestedAmount: input.amount ?? "0.00",
    termMonths: input.termYears * 12,
    method: input.method,
  };
}

/** Every limit, the binding one, the problems at their fields and the payment (pure, for a given policy). */
export function calculateWithPolicy(
  input: TLoanCalculator,
  policy: { version: number; rules: LoanPolicyRules },
  asOf: string,
): CalculatorResult {
  const assessment = assessLoanApplication(calculatorFacts(input, asOf), policy.rules);
  const max = money(assessment.maxAmount);
  const wanted = input.amount ? money(input.amount) : max;
  const paymentFor = wanted.gt(max) ? max : wanted;
  const schedule = paymentFor.gt(0)
    ? buildSchedule({
        principal: formatYuan(paymentFor),
        annualRatePercent: assessment.annualRatePercent,
        months: input.termYears * 12,
        method: input.method,
        firstDueDate: asOf,
      })
    : null;
  return {
    view: toLimitsView(assessment, { eligible: assessment.eligible, isFirstHome: input.isFirstHome, policyVersion: policy.version }),
    problems: assessment.problems.map((p) => ({ field: FIELD_OF[p.code] ?? null, message: loanProblemMessage(p) })),
    paymentFor: formatYuan(paymentFor),
    firstPayment: schedule?.installments[0]?.payment ?? "0.00",
    totalInterest: schedule?.totalInterest ?? "0.00",
  };
}

/** The public calculator under the current published loan policy. Read only; never throws for input. */
export async function calculateLoanLimits(input: TLoanCalculator, opts: { asOf?: string } = {}): Promise<CalculatorResult> {
  const policy = await currentLoanPolicy(db);
  return calculateWithPolicy(input, policy, opts.asOf ?? todayInShanghai());
}
