"use server";

import { redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { depositorIdOf } from "@/lib/auth/actor";
import type { CurrentUser } from "@/lib/auth/current-user";
import { toAssessmentView, type LoanFormState } from "@/lib/cases/assessment-view";
import { ZLoanRequest, type TLoanRequest } from "@/lib/cases/form-schemas";
import { loanDocumentsFromForm } from "@/lib/cases/loan-documents";
import { loanRequestInput } from "@/lib/cases/loan-request-input";
import { previewOnlineApplication } from "@/lib/cases/preview-online-application";
import { submitOnlineLoanApplication } from "@/lib/cases/submit-online-application";
import { isDomainError } from "@/lib/errors";
import { formAction } from "@/lib/forms/action";

/** The window's own assessment of the citizen's request: every limit and the binding one. */
const assess = async (actor: Actor, user: CurrentUser, request: TLoanRequest) =>
  toAssessmentView(await previewOnlineApplication({ actor, depositorId: depositorIdOf(user, "NO_DEPOSITOR"), request }));

/** 试算: the assessment exactly as the window would show it; nothing is written. */
const preview = formAction<typeof ZLoanRequest, Awaited<ReturnType<typeof assess>>, LoanFormState>({
  roles: ["CITIZEN"],
  schema: ZLoanRequest,
  input: loanRequestInput,
  domain: "cases",
  run: (actor, request, { user }) => assess(actor, user, request),
  onSuccess: (assessment, _request, values) => ({ values, assessment }),
});

/**
 * 提交: SUBMITTED with the uploaded materials (checked by their bytes inside the use case's
 * transaction); a window then accepts it without retyping. A refusal for eligibility shows the
 * assessment beside the message.
 */
const submit = formAction<typeof ZLoanRequest, Awaited<ReturnType<typeof submitOnlineLoanApplication>>, LoanFormState>({
  roles: ["CITIZEN"],
  schema: ZLoanRequest,
  input: loanRequestInput,
  domain: "cases",
  run: async (_actor, request, { user, formData }) =>
    submitOnlineLoanApplication({
      depositorId: depositorIdOf(user, "NO_DEPOSITOR"),
      userId: user.id,
      ...request,
      documents: await loanDocumentsFromForm(formData),
    }),
  onError: async (error, state, { actor, user, input }) =>
    isDomainError(error) && error.code === "NOT_ELIGIBLE"
      ? { ...state, assessment: await assess(actor, user, input).catch(() => undefined) }
      : state,
  revalidate: ["/portal"],
  onSuccess: (): void => redirect("/portal#cases"),
});

/** The citizen's online application: the form's 试算 button previews, its 提交 button submits. */
export async function applyOnlineAction(prev: LoanFormState, formData: FormData): Promise<LoanFormState> {
  return formData.get("intent") === "preview" ? preview(prev, formData) : submit(prev, formData);
}
