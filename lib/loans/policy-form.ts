import { z } from "zod";
import type { LoanPolicyRules } from "@/lib/loans/policy";

// The ADMIN's policy form: the fields it edits, named by their path in LoanPolicyRules.

/** Field names are rule paths ("rates.firstHome.upTo5Years"), so a publish error lands at its field. */
export const POLICY_TEXT_FIELDS = [
  "cityCap",
  "rates.firstHome.upTo5Years",
  "rates.firstHome.over5Years",
  "rates.secondHome.upTo5Years",
  "rates.secondHome.over5Years",
  "ltvPercent.firstHome",
  "ltvPercent.secondHome",
  "balanceMultiple",
  "maxPaymentToIncomePercent",
] as const;
export const POLICY_INT_FIELDS = ["minTermMonths", "maxTermMonths", "yearsBeyondRetirement", "minContinuousContributionMonths"] as const;

export const POLICY_FIELD_LABELS: Record<(typeof POLICY_TEXT_FIELDS)[number] | (typeof POLICY_INT_FIELDS)[number], string> = {
  cityCap: "本市最高贷款额度（元）",
  "rates.firstHome.upTo5Years": "首套年利率·5年及以下（%）",
  "rates.firstHome.over5Years": "首套年利率·5年以上（%）",
  "rates.secondHome.upTo5Years": "二套年利率·5年及以下（%）",
  "rates.secondHome.over5Years": "二套年利率·5年以上（%）",
  "ltvPercent.firstHome": "首套贷款成数（%）",
  "ltvPercent.secondHome": "二套贷款成数（%）",
  balanceMultiple: "余额倍数",
  maxPaymentToIncomePercent: "月还款占月收入上限（%）",
  minTermMonths: "最短期限（月）",
  maxTermMonths: "最长期限（月）",
  yearsBeyondRetirement: "到期不超过退休年龄后（年）",
  minContinuousContributionMonths: "最少连续缴存（月）",
};

const trimmed = z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().trim());

/**
 * The policy form as submitted: every field trimmed text (a missing field is empty). The rules
 * themselves (ranges, formats) are ZLoanPolicyRules', checked on the merged policy.
 */
export const ZPolicyForm = z.object({
  ...(Object.fromEntries([...POLICY_TEXT_FIELDS, ...POLICY_INT_FIELDS].map((f) => [f, trimmed])) as Record<
    (typeof POLICY_TEXT_FIELDS)[number] | (typeof POLICY_INT_FIELDS)[number],
    typeof trimmed
  >),
  note: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string()),
  dueDateOnHoliday: trimmed,
});

/** The choices of the policy's dueDateOnHoliday switch (a due date on a non-working day). */
export const DUE_DATE_ON_HOLIDAY_LABELS = { KEEP: "按原还款日", NEXT_WORKING_DAY: "顺延至下一工作日" } as const;
export type TPolicyForm = z.infer<typeof ZPolicyForm>;

/**
 * The current rules with the form's fields set at their paths (whole numbers for the integer
 * fields; anything else stays text for ZLoanPolicyRules to refuse at its field). Rules the form does
 * not show are carried over unchanged.
 */
export function mergePolicyForm(current: LoanPolicyRules, form: TPolicyForm): unknown {
  const rules = structuredClone(current) as unknown as Record<string, unknown>;
  for (const f of POLICY_TEXT_FIELDS) setPath(rules, f, form[f]);
  for (const f of POLICY_INT_FIELDS) setPath(rules, f, /^\d+$/.test(form[f]) ? Number(form[f]) : form[f]);
  // A form without the switch (an older page) carries the current value over.
  if (form.dueDateOnHoliday) rules.dueDateOnHoliday = form.dueDateOnHoliday;
  return rules;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}
