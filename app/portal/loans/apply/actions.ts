"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { actorOf } from "@/lib/auth/actor";
import { formValues, fromZodError } from "@/lib/action-state";
import { ZLoanRequest } from "@/lib/cases/form-schemas";
import { toFormState } from "@/lib/forms/form-state";
import { isDomainError } from "@/lib/errors";
import { toAssessmentView, type LoanFormState } from "@/lib/cases/assessment-view";
import { submitOnlineLoanApplication } from "@/lib/cases/submit-online-application";
import { previewOnlineApplication } from "@/lib/cases/preview-online-application";
import { loanDocumentsFromForm } from "@/lib/cases/loan-documents";

const ZIntent = z.enum(["preview", "accept"]).default("accept");

/**
 * The citizen's online application: 试算 (preview: every limit and the binding one, exactly as the
 * window's assessment, nothing written) or submit (SUBMITTED, with the uploaded materials; a window
 * then accepts it without retyping). Kept by hand (uploads are checked before the use case), in
 * formAction's order: role, zod, then one use case; a refusal for eligibility shows the assessment.
 */
export async function applyOnlineAction(_prev: LoanFormState, formData: FormData): Promise<LoanFormState> {
  const user = await requireRole("CITIZEN");
  const values = formValues(formData);
  const other = String(formData.get("propertyOther") ?? "").trim();
  const get = (k: string) => formData.get(k) ?? undefined;
  const intent = ZIntent.safeParse(get("intent"));
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
  if (!intent.success) return { formError: "请选择试算或提交", values };
  if (!user.depositorId) return { formError: "未找到您的公积金账户，请到窗口办理", values };
  const actor = actorOf(user);
  const depositorId = user.depositorId;
  const preview = async () => toAssessmentView(await previewOnlineApplication({ actor, depositorId, request: parsed.data }));
  if (intent.data === "preview") {
    try {
      return { values, assessment: await preview() };
    } catch (error) {
      return toFormState(error, values, "cases");
    }
  }
  try {
    const documents = await loanDocumentsFromForm(formData);
    await submitOnlineLoanApplication({ depositorId, userId: user.id, ...parsed.data, documents });
  } catch (error) {
    const state = toFormState(error, values, "cases");
    if (!isDomainError(error) || error.code !== "NOT_ELIGIBLE") return state;
    return { ...state, assessment: await preview().catch(() => undefined) };
  }
  revalidatePath("/portal");
  redirect("/portal#cases");
}
