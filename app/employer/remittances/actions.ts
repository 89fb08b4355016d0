"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { employerIdOf } from "@/lib/auth/actor";
import { fromZodError, type FormState } from "@/lib/action-state";
import { displayYuan } from "@/lib/money";
import {
  ZRemittanceIdForm,
  ZScreenRemittanceForm,
  ZSimulateTransferForm,
  ZUploadRemittanceForm,
  screenRows,
} from "@/lib/remittances/schemas";
import { postRemittance, type PostRemittanceResult } from "@/lib/remittances/post-remittance";
import { simulateEmployerTransfer } from "@/lib/remittances/simulate-transfer";
import { withdrawRemittance } from "@/lib/remittances/withdraw-remittance";
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

/** The month form's problems alone when it has any; the file's only once the month form is right. */
function uploadInvalid(error: z.ZodError, values: Record<string, string>): RemittanceFormState {
  const monthForm = error.issues.filter((i) => i.path[0] !== "file");
  return fromZodError(monthForm.length ? new z.ZodError(monthForm) : error, values);
}

/** A posted remittance, or the file's row-by-row report (nothing was posted). */
function answer(month: string, result: PostRemittanceResult, values: Record<string, string>, what: "文件" | "表单"): RemittanceFormState {
  if (result.ok) return submitted(month, result);
  const head =
    what === "文件"
      ? `文件有 ${result.errors.length} 处错误，本次未入账任何数据，请修改后重新上传`
      : `有 ${result.errors.length} 处错误，本次未入账任何数据，请修改后重新提交`;
  return { formError: head, report: result.errors, values };
}

const upload = formAction<typeof ZUploadRemittanceForm, PostRemittanceResult, RemittanceFormState>({
  roles: ["EMPLOYER_AGENT"],
  schema: ZUploadRemittanceForm,
  input: (formData) => ({
    month: formData.get("month"),
    backPayReason: formData.get("backPayReason") ?? undefined,
    file: formData.get("file"),
  }),
  invalid: uploadInvalid,
  domain: "remittances",
  run: async (actor, input, { user }) =>
    postRemittance({
      actor,
      employerId: employerIdOf(user, "NO_EMPLOYER"),
      month: input.month,
      backPayReason: input.backPayReason,
      source: "CSV",
      file: new Uint8Array(await input.file.arrayBuffer()),
    }),
  onSuccess: (result, input, values) => answer(input.month, result, values, "文件"),
});

/** An employer agent uploads the month's remittance CSV for the employer they act for. */
export async function uploadRemittance(prev: RemittanceFormState, formData: FormData): Promise<RemittanceFormState> {
  return upload(prev, formData);
}

const postScreen = formAction<typeof ZScreenRemittanceForm, PostRemittanceResult, RemittanceFormState>({
  roles: ["EMPLOYER_AGENT"],
  schema: ZScreenRemittanceForm,
  input: (formData) => ({
    month: formData.get("month"),
    backPayReason: formData.get("backPayReason") ?? undefined,
    employerRate: formData.get("employerRate"),
    personalRate: formData.get("personalRate"),
    idNumber: formData.getAll("idNumber"),
    name: formData.getAll("name"),
    base: formData.getAll("base"),
  }),
  domain: "remittances",
  run: (actor, input, { user }) =>
    postRemittance({
      actor,
      employerId: employerIdOf(user, "NO_EMPLOYER"),
      month: input.month,
      backPayReason: input.backPayReason,
      source: "SCREEN",
      rows: screenRows(input),
    }),
  onSuccess: (result, input, values) => answer(input.month, result, values, "表单"),
});

/** The same submission from the on-screen editor: one rate pair for all, a base per person. */
export async function postScreenRemittance(prev: RemittanceFormState, formData: FormData): Promise<RemittanceFormState> {
  return postScreen(prev, formData);
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
