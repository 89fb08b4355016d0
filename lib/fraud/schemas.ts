import { z } from "zod";
import { MAX_BLACKLIST_YEARS } from "@/lib/fraud/blacklist-rule";

const years = z
  .string()
  .trim()
  .optional()
  .default("")
  .refine(
    (v) => v === "" || (/^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_BLACKLIST_YEARS),
    `期限应为 1 至 ${MAX_BLACKLIST_YEARS} 之间的整数年`,
  )
  .transform((v) => (v === "" ? null : Number(v)));

/** The risk officer's decision on a flag; blacklisting goes only with a confirmation. */
export const ZResolveFlag = z
  .object({
    flagId: z.string().min(1),
    decision: z.enum(["DISMISS", "CONFIRM"], "请选择处理结果"),
    note: z.string().trim().min(1, "请填写核查意见").max(500, "核查意见不能超过 500 字"),
    blacklist: z.string().optional(),
    banReason: z.string().trim().max(200, "原因不能超过 200 字").optional().default(""),
    banEvidence: z.string().trim().max(500, "证据说明不能超过 500 字").optional().default(""),
    banYears: years,
  })
  .superRefine((v, ctx) => {
    if (v.blacklist !== "on") return;
    if (v.decision !== "CONFIRM") ctx.addIssue({ code: "custom", path: ["blacklist"], message: "只有确认欺诈时才能列入黑名单" });
    if (!v.banReason) ctx.addIssue({ code: "custom", path: ["banReason"], message: "请填写列入黑名单的原因" });
  });
export type TResolveFlag = z.infer<typeof ZResolveFlag>;

export const ZAddToBlacklist = z.object({
  idNumber: z.string().trim().min(1, "请填写身份证号"),
  name: z.string().trim().max(40, "姓名过长").optional().default(""),
  reason: z.string().trim().min(1, "请填写原因").max(200, "原因不能超过 200 字"),
  evidence: z.string().trim().min(1, "请填写证据材料说明").max(500, "证据说明不能超过 500 字"),
  years,
});

export const ZLiftBan = z.object({
  entryId: z.string().min(1),
  liftReason: z.string().trim().min(1, "请填写解除原因").max(200, "原因不能超过 200 字"),
});

export const ZBlacklistYears = z.object({
  years: z.coerce.number("请填写年数").int("应为整数年").min(1, "至少 1 年").max(MAX_BLACKLIST_YEARS, `最多 ${MAX_BLACKLIST_YEARS} 年`),
});
