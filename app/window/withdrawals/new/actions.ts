"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { actorOf } from "@/lib/auth/actor";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { parseResidentId, RESIDENT_ID_MESSAGES } from "@/lib/identity/resident-id";
import { ZApplyWithdrawal, ZWindowPresence } from "@/lib/withdrawals/schemas";
import { submitWithdrawal } from "@/lib/withdrawals/submit-withdrawal";
import { findDepositorByIdNumber } from "@/lib/withdrawals/find-applicant";
import { REASON_RULES } from "@/lib/withdrawals/reasons";
import { toFormState } from "@/lib/forms/form-state";
import { claimFromForm, documentsFromForm } from "@/lib/withdrawals/form-helpers";

/**
 * A teller takes a withdrawal application at the window for the citizen in front of them, with the
 * evidence that they are there (ID card read or their portal confirmation code).
 */
export async function applyAtWindow(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("TELLER");
  const values = formValues(formData);
  const id = parseResidentId(String(formData.get("idNumber") ?? ""));
  if (!id.ok) return { fieldErrors: { idNumber: [RESIDENT_ID_MESSAGES[id.problem]] }, values };
  const fields = Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string"));
  const parsed = ZApplyWithdrawal.safeParse(fields);
  const seen = ZWindowPresence.safeParse(fields);
  if (!parsed.success || !seen.success) {
    const a = parsed.success ? {} : fromZodError(parsed.error, values);
    const b = seen.success ? {} : fromZodError(seen.error, values);
    return { fieldErrors: { ...a.fieldErrors, ...b.fieldErrors }, formError: a.formError ?? b.formError, values };
  }
  const presence =
    seen.data.presence === "ID_CARD"
      ? { kind: "ID_CARD" as const, idNumber: id.value.idNumber, name: seen.data.cardName }
      : { kind: "PORTAL_CODE" as const, code: seen.data.presenceCode };
  const depositor = await findDepositorByIdNumber(id.value.idNumber);
  if (!depositor) return { fieldErrors: { idNumber: ["未找到该身份证号的缴存职工"] }, values };
  const { reasonCode, amount, bankName, bankAccount, idempotencyKey, ...claim } = parsed.data;
  let withdrawalId: string;
  try {
    const result = await submitWithdrawal({
      depositorId: depositor.id,
      actor: actorOf(user),
      channel: "WINDOW",
      presence,
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
    return toFormState(error, values, "withdrawals");
  }
  revalidatePath("/window/withdrawals");
  redirect(`/window/withdrawals/${withdrawalId}`);
}
