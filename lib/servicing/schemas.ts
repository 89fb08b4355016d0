import { z } from "zod";
import { isYuanString } from "@/lib/money";

/** Forms of the citizen's loan page (还款、提前还款、提前结清、委托扣划), shared by the forms and their actions. */
const idempotencyKey = z.string().trim().min(8, "表单已失效，请刷新页面后重试").max(64, "表单已失效，请刷新页面后重试");
const cardAccount = z
  .string()
  .trim()
  .optional()
  .default("")
  .refine((v) => v === "" || /^\d{12,30}$/.test(v), "银行卡号应为 12 至 30 位数字");
const yuan = (message: string) => z.string().trim().min(1, message).refine(isYuanString, "请填写正确的金额（元，最多两位小数）");

export const ZSignDeductionAuthorization = z.object({
  account: z.enum(["OWN", "SPOUSE"], "请选择扣划哪个公积金账户"),
});
export type TSignDeductionAuthorization = z.infer<typeof ZSignDeductionAuthorization>;

export const ZRevokeDeductionAuthorization = z.object({
  authorizationId: z.string().trim().min(1, "未找到要撤销的委托扣划协议"),
});

/** Issue 14: the spouse confirms online (the authorization picked) … */
export const ZConfirmSpouseDeduction = z.object({
  authorizationId: z.string().trim().min(1, "未找到要确认的委托扣划协议"),
});
/** … or at the window: the loan number and the spouse's ID number as checked on their ID card. */
export const ZConfirmSpouseDeductionAtWindow = z.object({
  loanNo: z.string({ error: "请输入贷款编号" }).trim().min(1, "请输入贷款编号").max(40, "贷款编号不正确"),
  spouseIdNumber: z
    .string({ error: "请输入配偶身份证号" })
    .trim()
    .toUpperCase()
    .regex(/^\d{17}[\dX]$/, "身份证号应为18位"),
});

export const ZRepayOnline = z.object({
  amount: yuan("请填写还款金额"),
  cardAccount,
  idempotencyKey,
});
export type TRepayOnline = z.infer<typeof ZRepayOnline>;

export const PREPAYMENT_MODES = ["SHORTEN_TERM", "LOWER_PAYMENT"] as const;

export const ZPrepay = z.object({
  intent: z.enum(["quote", "confirm"]).default("quote"),
  mode: z.enum(PREPAYMENT_MODES, "请选择提前还款方式"),
  amount: yuan("请填写提前还款金额"),
  /** The quoted total the borrower confirms (confirm only). */
  expectedTotal: z.string().trim().optional().default(""),
  cardAccount,
  idempotencyKey,
});
export type TPrepay = z.infer<typeof ZPrepay>;

export const ZPayOff = z.object({
  expectedTotal: yuan("请先查看结清金额"),
  cardAccount,
  idempotencyKey,
});
export type TPayOff = z.infer<typeof ZPayOff>;
