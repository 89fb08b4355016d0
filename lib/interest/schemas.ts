import { z } from "zod";

/** The admin's 结息 form: which contribution year (ending 30 June) to settle. */
export const ZSettleInterest = z.object({
  yearEnd: z.coerce
    .number({ message: "请输入结息年度" })
    .int("结息年度应为四位年份")
    .min(2000, "结息年度应为四位年份")
    .max(2100, "结息年度应为四位年份"),
});
export type TSettleInterest = z.infer<typeof ZSettleInterest>;

export const INTEREST_ERROR_MESSAGES: Record<string, string> = {
  NOT_YET_DUE: "该年度尚未到6月30日结息日，不能结息",
  ALREADY_SETTLED: "该年度已结息，不能重复结息",
};
