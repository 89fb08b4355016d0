"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { actorOf } from "@/lib/auth/actor";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { isDomainError } from "@/lib/errors";
import { displayYuan } from "@/lib/money";
import { MAX_CSV_BYTES } from "@/lib/remittances/csv";
import { ZPostRemittanceForm, ZRemittanceIdForm, ZScreenRemittanceForm, ZSimulateTransferForm } from "@/lib/remittances/schemas";
import { postRemittance, type PostRemittanceResult } from "@/lib/remittances/post-remittance";
import { simulateEmployerTransfer } from "@/lib/remittances/simulate-transfer";
import { withdrawRemittance } from "@/lib/remittances/withdraw-remittance";
import { toFormState } from "@/lib/forms/form-state";
import { formAction } from "@/lib/forms/action";
import type { RemittanceFormState } from "@/lib/remittances/messages";

function submitted(month: string, result: Extract<PostRemittanceResult, { ok: true }>): RemittanceFormState {
  revalidatePath("/employer");
  revalidatePath("/employer/remittances");
  return {
    posted: {
      month: month.slice(0, 7),
      rowCount: result.rowCount,
      employerTotal: displayYuan(result.employerTotal),
      personalTotal: displayYuan(result.personalTotal),
      total: displayYuan(result.total),
      paymentReference: result.paymentReference,
      awaitingApproval: result.status === "AWAITING_APPROVAL",
    },
  };
}

/** An employer agent uploads the month's remittance CSV for the employer they act for. */
export async function uploadRemittance(_prev: RemittanceFormState, formData: FormData): Promise<RemittanceFormState> {
  const user = await requireRole("EMPLOYER_AGENT");
  const values = formValues(formData);
  if (!user.employerId) return { formError: "您的账号尚未关联缴存单位", values };
  const parsed = ZPostRemittanceForm.safeParse({ month: formData.get("month"), backPayReason: formData.get("backPayReason") ?? undefined });
  if (!parsed.success) return fromZodError(parsed.error, values);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { fieldErrors: { file: ["请选择要上传的 CSV 文件"] }, values };
  if (file.size > MAX_CSV_BYTES) return { fieldErrors: { file: ["文件超过 10 MB，请分批上传"] }, values };
  try {
    const result = await postRemittance({
      actor: actorOf(user),
      employerId: user.employerId,
      month: parsed.data.month,
      backPayReason: parsed.data.backPayReason,
      source: "CSV",
      file: new Uint8Array(await file.arrayBuffer()),
    });
    if (!result.ok)
      return { formError: `文件有 ${result.errors.length} 处错误，本次未入账任何数据，请修改后重新上传`, report: result.errors, values };
    return submitted(parsed.data.month, result);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return toFormState(error, values, "remittances");
  }
}

/** The same submission from the on-screen editor: one rate pair for all, a base per person. */
export async function postScreenRemittance(_prev: RemittanceFormState, formData: FormData): Promise<RemittanceFormState> {
  const user = await requireRole("EMPLOYER_AGENT");
  const values = formValues(formData);
  if (!user.employerId) return { formError: "您的账号尚未关联缴存单位", values };
  const parsed = ZScreenRemittanceForm.safeParse({
    month: formData.get("month"),
    backPayReason: formData.get("backPayReason") ?? undefined,
    employerRate: formData.get("employerRate"),
    personalRate: formData.get("personalRate"),
    idNumber: formData.getAll("idNumber"),
    name: formData.getAll("name"),
    base: formData.getAll("base"),
  });
  if (!parsed.success) return fromZodError(parsed.error, values);
  const { month, backPayReason, employerRate, personalRate, idNumber, name, base } = parsed.data;
  if (name.length !== idNumber.length || base.length !== idNumber.length) return { formError: "表单数据不完整，请刷新后重试", values };
  const rows = idNumber.map((id, i) => ({ row: i + 1, idNumber: id, name: name[i]!, base: base[i]!.trim(), employerRate, personalRate }));
  try {
    const result = await postRemittance({
      actor: actorOf(user),
      employerId: user.employerId,
      month,
      backPayReason,
      source: "SCREEN",
      rows,
    });
    if (!result.ok)
      return { formError: `有 ${result.errors.length} 处错误，本次未入账任何数据，请修改后重新提交`, report: result.errors, values };
    return submitted(month, result);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return toFormState(error, values, "remittances");
  }
}

export type SimulateTransferState = FormState & { done?: string };

const simulateTransfer = formAction<typeof ZSimulateTransferForm, { bankRef: string }, SimulateTransferState>({
  roles: ["EMPLOYER_AGENT"],
  schema: ZSimulateTransferForm,
  input: (formData) => ({ remittanceId: formData.get("remittanceId"), amount: formData.get("amount") }),
  domain: "remittances",
  run: (actor, input) => simulateEmployerTransfer({ actor, remittanceId: input.remittanceId, amount: input.amount }),
  onSuccess: ({ bankRef }, _input, values) => ({ done: `模拟转账已到达银行（流水 ${bankRef}）；中心导入当日到账回单后入账`, values }),
});

/** Local bank adapter only: the employer's bank transfer for a remittance arrives at the simulated bank. */
export async function simulateTransferAction(prev: SimulateTransferState, formData: FormData): Promise<SimulateTransferState> {
  return simulateTransfer(prev, formData);
}

const withdraw = formAction({
  roles: ["EMPLOYER_AGENT"],
  schema: ZRemittanceIdForm,
  input: (formData) => ({ remittanceId: formData.get("remittanceId") }),
  domain: "remittances",
  run: (actor, input) => withdrawRemittance({ actor, remittanceId: input.remittanceId }),
  revalidate: ["/employer/remittances"],
});

/** The agent withdraws a remittance not yet credited (to correct and submit the month again). */
export async function withdrawRemittanceAction(prev: FormState, formData: FormData): Promise<FormState> {
  return withdraw(prev, formData);
}
