"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { parseResidentId, RESIDENT_ID_MESSAGES } from "@/lib/identity/resident-id";
import { ZApplyWithdrawal } from "@/lib/withdrawals/schemas";
import { submitWithdrawal } from "@/lib/withdrawals/submit-withdrawal";
import { findDepositorByIdNumber } from "@/lib/withdrawals/find-applicant";
import { REASON_RULES } from "@/lib/withdrawals/reasons";
import { claimFromForm, documentsFromForm, withdrawalErrorState } from "@/lib/withdrawals/form-helpers";

/** A teller takes a withdrawal application at the window for the citizen in front of them. */
export async function applyAtWindow(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("TELLER");
  const values = formValues(formData);
  const id = parseResidentId(String(formData.get("idNumber") ?? ""));
  if (!id.ok) return { fieldErrors: { idNumber: [RESIDENT_ID_MESSAGES[id.problem]] }, values };
  const parsed = ZApplyWithdrawal.safeParse(Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")));
  if (!parsed.success) return fromZodError(parsed.error, values);
  const depositor = await findDepositorByIdNumber(id.value.idNumber);
  if (!depositor) return { fieldErrors: { idNumber: ["未找到该身份证号的缴存职工"] }, values };
  const { reasonCode, amount, bankName, bankAccount, idempotencyKey, ...claim } = parsed.data;
  let withdrawalId: string;
  try {
    const result = await submitWithdrawal({
      depositorId: depositor.id,
      actorId: user.id,
      windowId: user.windowId,
      channel: "WINDOW",
      reasonCode,
      amount,
      claim: claimFromForm(REASON_RULES[reasonCode], claim),
      bankName,
      bankAccount,
      idempotencyKey: `${user.id}:${idempotencyKey}`,
      documents: await documentsFromForm(formData, REASON_RULES[reasonCode]),
    });
    withdrawalId = result.withdrawalId;
  } catch (error) {
    return withdrawalErrorState(error, values);
  }
  revalidatePath("/window/withdrawals");
  redirect(`/window/withdrawals/${withdrawalId}`);
}
