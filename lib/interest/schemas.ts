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

export const INTEREST_ERROR_MESSAGES = {
  NOT_YET_DUE: "该年度尚未到6月30日结息日，不能结息",
  ALREADY_SETTLED: "该年度已结息，不能重复结息",
  FORBIDDEN_ROLE: "只有系统管理员可以结息",
  ALREADY_HANDLED: "结息正在由其他人员办理，请刷新后查看",
  SYSTEM_BUSY: "系统繁忙，请稍后重试",
  DATABASE_ERROR: "系统暂时无法完成操作，请稍后重试",
} satisfies Record<string, string>;
export type InterestErrorCode = keyof typeof INTEREST_ERROR_MESSAGES;
