"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { ZConfirmSpouseDeduction } from "@/lib/servicing/schemas";
import { toFormState } from "@/lib/forms/form-state";
import { confirmSpouseDeduction } from "@/lib/servicing/use-cases/confirm-spouse-deduction";

/** 配偶确认委托扣划 (online): the signed-in citizen confirms a deduction from their own account. */
export async function confirmSpouseDeductionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("CITIZEN");
  const values = formValues(formData);
  const parsed = ZConfirmSpouseDeduction.safeParse({ authorizationId: formData.get("authorizationId") ?? undefined });
  if (!parsed.success) return fromZodError(parsed.error, values);
  if (!user.depositorId) return { formError: "未找到该委托扣划协议", values };
  try {
    await confirmSpouseDeduction({
      confirmer: { online: { userId: user.id, depositorId: user.depositorId } },
      authorizationId: parsed.data.authorizationId,
    });
  } catch (error) {
    return toFormState(error, values, "servicing");
  }
  revalidatePath("/portal");
  return {};
}
