"use server";

import { requireRole } from "@/lib/auth/current-user";
import { actorOf } from "@/lib/auth/actor";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { ZConfirmSpouseDeductionAtWindow } from "@/lib/servicing/schemas";
import { toFormState } from "@/lib/forms/form-state";
import { findPendingSpouseAuthorizationId } from "@/lib/servicing/spouse-confirmation-queries";
import { confirmSpouseDeduction } from "@/lib/servicing/use-cases/confirm-spouse-deduction";

export type SpouseConfirmState = FormState & { confirmedLoanNo?: string };

/** 配偶确认委托扣划 (at the window): the spouse is present; the teller types the loan number and their ID number. */
export async function confirmSpouseAtWindowAction(_prev: SpouseConfirmState, formData: FormData): Promise<SpouseConfirmState> {
  const user = await requireRole("TELLER");
  const values = formValues(formData);
  const parsed = ZConfirmSpouseDeductionAtWindow.safeParse({
    loanNo: formData.get("loanNo") ?? undefined,
    spouseIdNumber: formData.get("spouseIdNumber") ?? undefined,
  });
  if (!parsed.success) return fromZodError(parsed.error, values);
  const authorizationId = await findPendingSpouseAuthorizationId(parsed.data.loanNo);
  if (!authorizationId) return { fieldErrors: { loanNo: ["该贷款没有待配偶确认的委托扣划协议"] }, values };
  try {
    const { loanNo } = await confirmSpouseDeduction({
      confirmer: { atWindow: actorOf(user), spouseIdNumber: parsed.data.spouseIdNumber },
      authorizationId,
    });
    return { confirmedLoanNo: loanNo };
  } catch (error) {
    return toFormState(error, values, "servicing");
  }
}
