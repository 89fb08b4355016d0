"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { formValues, fromZodError } from "@/lib/action-state";
import { ZLoanRequest } from "@/lib/cases/form-schemas";
import { toFormState } from "@/lib/forms/form-state";
import type { LoanFormState } from "@/lib/cases/assessment-view";
import { submitOnlineLoanApplication } from "@/lib/cases/submit-online-application";

/** The citizen applies online (SUBMITTED); a window then accepts it without retyping. */
export async function applyOnlineAction(_prev: LoanFormState, formData: FormData): Promise<LoanFormState> {
  const user = await requireRole("CITIZEN");
  const values = formValues(formData);
  const other = String(formData.get("propertyOther") ?? "").trim();
  const get = (k: string) => formData.get(k) ?? undefined;
  const parsed = ZLoanRequest.safeParse({
    property: other || get("property"),
    coApplicantIdNumber: get("coApplicantIdNumber"),
    amount: get("amount"),
    termValue: get("termValue"),
    termUnit: get("termUnit"),
    method: get("method"),
    isFirstHome: get("isFirstHome"),
    payeeName: get("payeeName"),
    payeeAccount: get("payeeAccount"),
  });
  if (!parsed.success) return fromZodError(parsed.error, values);
  if (!user.depositorId) return { formError: "未找到您的公积金账户，请到窗口办理", values };
  try {
    await submitOnlineLoanApplication({ depositorId: user.depositorId, userId: user.id, ...parsed.data });
  } catch (error) {
    return toFormState(error, values, "cases");
  }
  revalidatePath("/portal");
  redirect("/portal#cases");
}
