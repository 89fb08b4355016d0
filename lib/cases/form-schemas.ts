import { z } from "zod";
import { RESIDENT_ID_MESSAGES } from "@/lib/identity/resident-id";

// zod schemas shared by the window, review and portal forms and their server actions. Only the
// shape is checked here; every business rule is the use case's (lib/cases/*).

const trimmed = (message: string) => z.string({ error: message }).trim().min(1, message);
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));
const version = z.coerce.number().int().min(0).optional();

export const ZIdNumber = z
  .string({ error: "请输入身份证号" })
  .trim()
  .toUpperCase()
  .min(1, "请输入身份证号")
  .regex(/^\d{17}[\dX]$/, RESIDENT_ID_MESSAGES.FORMAT);

export const ZOpenCase = z.object({ idNumber: ZIdNumber, ticketId: optionalText });
export type TOpenCase = z.infer<typeof ZOpenCase>;

export const ZTakeTicket = z.object({
  idNumber: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(
      z
        .string()
        .regex(/^\d{17}[\dX]$/, "身份证号应为18位")
        .optional(),
    ),
});

/** The loan request as typed at the window or online. Term comes as a number plus a unit. */
export const ZLoanRequest = z
  .object({
    property: trimmed("请选择或输入不动产权证书号/不动产单元号"),
    coApplicantIdNumber: optionalText.pipe(
      z
        .string()
        .regex(/^\d{17}[\dXx]$/, "身份证号应为18位")
        .optional(),
    ),
    amount: z
      .string({ error: "请输入贷款金额" })
      .trim()
      .transform((v) => v.replaceAll(",", ""))
      .pipe(
        z
          .string()
          .min(1, "请输入贷款金额")
          .regex(/^[1-9]\d{0,11}(\.\d{1,2})?$/, "贷款金额应为正数，最多两位小数"),
      ),
    termValue: z.coerce.number({ error: "请输入贷款期限" }).int("贷款期限应为整数").min(1, "请输入贷款期限"),
    termUnit: z.enum(["years", "months"]).default("years"),
    method: z.enum(["EQUAL_INSTALLMENT", "EQUAL_PRINCIPAL"], { error: "请选择还款方式" }),
    isFirstHome: z.enum(["yes", "no"], { error: "请选择是否首套住房" }).transform((v) => v === "yes"),
    payeeName: trimmed("请输入收款人（售房人）名称").pipe(z.string().max(100)),
    payeeAccount: trimmed("请输入收款账号").pipe(z.string().regex(/^[\d-]{8,32}$/, "收款账号应为8至32位数字")),
  })
  .transform(({ termValue, termUnit, ...rest }) => ({ ...rest, termMonths: termUnit === "years" ? termValue * 12 : termValue }));
export type TLoanRequest = z.infer<typeof ZLoanRequest>;

export const ZWindowLoanForm = z.object({ caseId: trimmed("缺少办件"), intent: z.enum(["preview", "accept"]).default("preview") });

export const ZMatterAction = z.object({ caseId: trimmed("缺少办件"), matterId: trimmed("缺少事项"), expectedVersion: version });
export type TMatterAction = z.infer<typeof ZMatterAction>;

export const ZApprove = ZMatterAction.extend({ note: optionalText });

/** A window picks up an online application: its case and matter (hidden fields). */
export const ZAcceptOnline = z.object({ caseId: trimmed("缺少办件"), matterId: trimmed("缺少事项") });

/** 移交办件 (issue 14): the case to another window, with a reason. */
export const ZHandOverCase = z.object({
  caseId: trimmed("缺少办件"),
  toWindowNo: z.coerce.number({ error: "请选择移交到的窗口" }).int("请选择移交到的窗口").min(1, "请选择移交到的窗口"),
  reason: trimmed("请填写移交原因").pipe(z.string().max(200, "移交原因最多200字")),
});
export type THandOverCase = z.infer<typeof ZHandOverCase>;
export const ZReject = ZMatterAction.extend({ reason: trimmed("请填写不予批准的理由").pipe(z.string().max(500)) });
/** Materials come from checkboxes plus one material per line of "other". */
export const ZReturn = ZMatterAction.extend({
  materials: z.array(z.string().trim()).default([]),
  otherMaterials: z.string().default(""),
  note: optionalText,
}).transform(({ materials, otherMaterials, ...rest }) => ({
  ...rest,
  missingMaterials: [...materials, ...otherMaterials.split(/\r?\n/)].map((m) => m.trim()).filter(Boolean),
}));

export const ZSlaForm = z.object({
  review: z.coerce.number({ error: "请输入分钟数" }).int("应为整数").min(1, "至少1分钟").max(1440, "最多1440分钟"),
  recheck: z.coerce.number({ error: "请输入分钟数" }).int("应为整数").min(1, "至少1分钟").max(1440, "最多1440分钟"),
});

/** Materials a reviewer commonly asks for; the form shows them as checkboxes. */
export const COMMON_MISSING_MATERIALS = [
  "购房合同原件",
  "首付款发票",
  "婚姻状况证明",
  "收入证明",
  "配偶身份证明",
  "售房人收款账户证明",
] as const;

/** 补充材料 (docs2): the case; the files themselves are read and checked by lib/cases/loan-documents. */
export const ZAddCaseDocuments = z.object({ caseId: trimmed("缺少办件") });
