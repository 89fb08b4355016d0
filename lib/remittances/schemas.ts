import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { normalizeMonth } from "@/lib/remittances/contribution-year";
import { MAX_CSV_BYTES } from "@/lib/remittances/limits";

export const ZRemittanceMonth = z
  .string()
  .trim()
  .refine((v) => normalizeMonth(v) !== null, "请选择正确的汇缴月份（年-月）")
  .transform((v) => normalizeMonth(v)!);

/** 补缴原因: checked by postRemittance (required only for a month before the current one). */
const ZBackPayReason = z.string().trim().max(200, "补缴原因不能超过 200 字").optional();

export const ZPostRemittanceForm = z.object({ month: ZRemittanceMonth, backPayReason: ZBackPayReason });
export type TPostRemittanceForm = z.infer<typeof ZPostRemittanceForm>;

/**
 * The CSV upload: the month form and the file, present and at most MAX_CSV_BYTES. The file is only
 * judged once the month form is right (see uploadInvalid), as the form always did.
 */
export const ZUploadRemittanceForm = ZPostRemittanceForm.extend({
  file: z
    .instanceof(File, { message: "请选择要上传的 CSV 文件" })
    .refine((f) => f.size > 0, "请选择要上传的 CSV 文件")
    .refine((f) => f.size <= MAX_CSV_BYTES, "文件超过 10 MB，请分批上传"),
});

/** The on-screen editor: one rate pair for everyone, a base per person (rows checked by row-rules). */
export const ZScreenRemittanceForm = z.object({
  month: ZRemittanceMonth,
  backPayReason: ZBackPayReason,
  employerRate: z.string().trim().min(1, "请填写单位比例"),
  personalRate: z.string().trim().min(1, "请填写个人比例"),
  idNumber: z.array(z.string()).min(1, "没有可汇缴的职工").max(20_000),
  name: z.array(z.string()),
  base: z.array(z.string()),
});

const ZId = z.string().trim().min(1, "缺少汇缴记录，请刷新后重试").max(64);

/** A form that names one remittance (withdraw). */
export const ZRemittanceIdForm = z.object({ remittanceId: ZId });

/** The simulated bank's transfer form (local adapter only): the amount the employer transfers. */
export const ZSimulateTransferForm = z.object({
  remittanceId: ZId,
  amount: z
    .string()
    .trim()
    .regex(/^\d{1,16}(\.\d{1,2})?$/, "请输入正确的金额（最多两位小数）"),
});

/** Staff import one business date's bank receipt file. */
export const ZImportReceiptsForm = z.object({
  businessDate: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "请选择到账日期"),
});

/** A reviewer's decision on a back payment. */
export const ZDecideBackPaymentForm = z.object({
  remittanceId: ZId,
  decision: z.enum(["APPROVE", "REJECT"], { message: "请选择审批结果" }),
  note: z.string().trim().max(200, "意见不能超过 200 字").optional(),
});

/** The screen editor's rows from its parallel columns; columns of different lengths are FORM_INCOMPLETE. */
export function screenRows(form: z.infer<typeof ZScreenRemittanceForm>) {
  const { idNumber, name, base, employerRate, personalRate } = form;
  if (name.length !== idNumber.length || base.length !== idNumber.length) throw new DomainError("FORM_INCOMPLETE");
  return idNumber.map((id, i) => ({ row: i + 1, idNumber: id, name: name[i]!, base: base[i]!.trim(), employerRate, personalRate }));
}
