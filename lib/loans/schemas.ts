import { z } from "zod";
import type { LoanPolicyRules } from "@/lib/loans/policy";

const yuan = z.string().regex(/^(0|[1-9]\d{0,15})(\.\d{1,2})?$/, "金额格式不正确");
const percent = z.string().regex(/^\d{1,3}(\.\d{1,3})?$/, "百分比格式不正确");
const retirement = z.object({
  baseAge: z.number().int().min(40).max(80),
  reformFromBirthMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  birthMonthsPerStep: z.number().int().min(1).max(24),
  maxDelayMonths: z.number().int().min(0).max(120),
});

/** A loan policy version as the ADMIN publishes it (lib/loans/policy.ts LoanPolicyRules). */
export const ZLoanPolicyRules = z
  .object({
    cityCap: yuan,
    rates: z.object({
      firstHome: z.object({ upTo5Years: percent, over5Years: percent }),
      secondHome: z.object({ upTo5Years: percent, over5Years: percent }),
    }),
    ltvPercent: z.object({ firstHome: percent, secondHome: percent }),
    balanceMultiple: z.string().regex(/^\d{1,3}(\.\d{1,2})?$/),
    maxPaymentToIncomePercent: percent,
    minTermMonths: z.number().int().min(1).max(600),
    maxTermMonths: z.number().int().min(1).max(600),
    yearsBeyondRetirement: z.number().int().min(0).max(20),
    minContinuousContributionMonths: z.number().int().min(0).max(120),
    retirement: z.object({ MALE: retirement, FEMALE: retirement }),
    dueDateOnHoliday: z.enum(["KEEP", "NEXT_WORKING_DAY"], { message: "请选择还款日遇节假日的处理方式" }).optional(),
  })
  .refine((r) => r.minTermMonths <= r.maxTermMonths, { message: "最短期限不能大于最长期限", path: ["minTermMonths"] })
  .refine((r) => Number(r.ltvPercent.firstHome) <= 100 && Number(r.ltvPercent.secondHome) <= 100, {
    message: "贷款成数不能超过100%",
    path: ["ltvPercent"],
  });

export type TLoanPolicyRules = z.infer<typeof ZLoanPolicyRules>;

// The schema and the pure rules' type must describe the same thing.
const _sameShape: LoanPolicyRules = {} as TLoanPolicyRules;
void _sameShape;
