"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { formValues, fromZodError } from "@/lib/action-state";
import { isDomainError } from "@/lib/errors";
import { displayYuan } from "@/lib/money";
import { MAX_CSV_BYTES } from "@/lib/remittances/csv";
import { ZPostRemittanceForm, ZScreenRemittanceForm } from "@/lib/remittances/schemas";
import { postRemittance } from "@/lib/remittances/post-remittance";
import { REMITTANCE_MESSAGES, type RemittanceFormState } from "@/lib/remittances/messages";

/** An employer agent uploads the month's remittance CSV for the employer they act for. */
export async function uploadRemittance(_prev: RemittanceFormState, formData: FormData): Promise<RemittanceFormState> {
  const user = await requireRole("EMPLOYER_AGENT");
  const values = formValues(formData);
  if (!user.employerId) return { formError: "您的账号尚未关联缴存单位", values };
  const parsed = ZPostRemittanceForm.safeParse({ month: formData.get("month") });
  if (!parsed.success) return fromZodError(parsed.error, values);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { fieldErrors: { file: ["请选择要上传的 CSV 文件"] }, values };
  if (file.size > MAX_CSV_BYTES) return { fieldErrors: { file: ["文件超过 10 MB，请分批上传"] }, values };
  try {
    const result = await postRemittance({
      employerId: user.employerId,
      month: parsed.data.month,
      actorId: user.id,
      source: "CSV",
      file: new Uint8Array(await file.arrayBuffer()),
    });
    if (!result.ok) return { formError: `文件有 ${result.errors.length} 处错误，本次未入账任何数据，请修改后重新上传`, report: result.errors, values };
    revalidatePath("/employer");
    revalidatePath("/employer/remittances");
    return {
      posted: {
        month: parsed.data.month.slice(0, 7),
        rowCount: result.rowCount,
        employerTotal: displayYuan(result.employerTotal),
        personalTotal: displayYuan(result.personalTotal),
        total: displayYuan(result.total),
      },
    };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const message = REMITTANCE_MESSAGES[error.code] ?? "汇缴失败，请稍后再试";
    return error.field ? { fieldErrors: { [error.field]: [message] }, values } : { formError: message, values };
  }
}

/** The same posting from the on-screen editor: one rate pair for all, a base per person. */
export async function postScreenRemittance(_prev: RemittanceFormState, formData: FormData): Promise<RemittanceFormState> {
  const user = await requireRole("EMPLOYER_AGENT");
  const values = formValues(formData);
  if (!user.employerId) return { formError: "您的账号尚未关联缴存单位", values };
  const parsed = ZScreenRemittanceForm.safeParse({
    month: formData.get("month"),
    employerRate: formData.get("employerRate"),
    personalRate: formData.get("personalRate"),
    idNumber: formData.getAll("idNumber"),
    name: formData.getAll("name"),
    base: formData.getAll("base"),
  });
  if (!parsed.success) return fromZodError(parsed.error, values);
  const { month, employerRate, personalRate, idNumber, name, base } = parsed.data;
  if (name.length !== idNumber.length || base.length !== idNumber.length) return { formError: "表单数据不完整，请刷新后重试", values };
  const rows = idNumber.map((id, i) => ({ row: i + 1, idNumber: id, name: name[i]!, base: base[i]!.trim(), employerRate, personalRate }));
  try {
    const result = await postRemittance({ employerId: user.employerId, month, actorId: user.id, source: "SCREEN", rows });
    if (!result.ok) return { formError: `有 ${result.errors.length} 处错误，本次未入账任何数据，请修改后重新提交`, report: result.errors, values };
    revalidatePath("/employer");
    revalidatePath("/employer/remittances");
    return {
      posted: { month: month.slice(0, 7), rowCount: result.rowCount, employerTotal: displayYuan(result.employerTotal), personalTotal: displayYuan(result.personalTotal), total: displayYuan(result.total) },
    };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const message = REMITTANCE_MESSAGES[error.code] ?? "汇缴失败，请稍后再试";
    return error.field ? { fieldErrors: { [error.field]: [message] }, values } : { formError: message, values };
  }
}
