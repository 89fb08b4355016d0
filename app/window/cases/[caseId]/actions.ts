"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { ZHandOverCase, ZLoanRequest, ZMatterAction, ZWindowLoanForm } from "@/lib/cases/form-schemas";
import { handOverCase } from "@/lib/cases/hand-over-case";
import { actorOf, type Actor } from "@/lib/auth/actor";
import { toFormState } from "@/lib/forms/form-state";
import { formAction } from "@/lib/forms/action";
import { toAssessmentView, type AssessmentView, type LoanFormState } from "@/lib/cases/assessment-view";
import { assessLoanForCase } from "@/lib/cases/assess-loan";
import { acceptLoanMatter } from "@/lib/cases/accept-loan";
import { resubmitLoan } from "@/lib/cases/review-loan";
import { signContracts } from "@/lib/cases/sign-contracts";
import { registerMortgage } from "@/lib/registry/register-mortgage";
import { isDomainError } from "@/lib/errors";
import { ZContractPrice } from "@/lib/projects/schemas";

/** The loan request typed at the window: the property picked from the list, or typed. */
function loanRequestInput(formData: FormData) {
  const other = String(formData.get("propertyOther") ?? "").trim();
  const get = (k: string) => formData.get(k) ?? undefined;
  return {
    property: other || get("property"),
    coApplicantIdNumber: get("coApplicantIdNumber"),
    amount: get("amount"),
    termValue: get("termValue"),
    termUnit: get("termUnit"),
    method: get("method"),
    isFirstHome: get("isFirstHome"),
    payeeName: get("payeeName"),
    payeeAccount: get("payeeAccount"),
  };
}

/** 试算 (preview: every limit, nothing written) or 受理 (accept: the loan matter is created). */
export async function loanFormAction(_prev: LoanFormState, formData: FormData): Promise<LoanFormState> {
  const user = await requireRole("TELLER");
  const values = formValues(formData);
  const form = ZWindowLoanForm.safeParse({ caseId: formData.get("caseId"), intent: formData.get("intent") ?? undefined });
  if (!form.success) return fromZodError(form.error, values);
  const parsed = ZLoanRequest.safeParse(loanRequestInput(formData));
  const contractPrice = ZContractPrice.safeParse(formData.get("contractPrice") ?? undefined);
  if (!parsed.success || !contractPrice.success) {
    const state = parsed.success ? { fieldErrors: {}, values } : fromZodError(parsed.error, values);
    if (!contractPrice.success)
      state.fieldErrors = { ...state.fieldErrors, contractPrice: contractPrice.error.issues.map((i) => i.message) };
    return state;
  }
  const { caseId, intent } = form.data;
  // The window can always take a contract price: null (left empty) tells a new home it is missing.
  const request = { caseId, ...parsed.data, contractPrice: contractPrice.data };

  const preview = async (): Promise<AssessmentView | undefined> => {
    try {
      return toAssessmentView(await assessLoanForCase(request));
    } catch {
      return undefined; // the error itself is reported by the caller
    }
  };
  if (intent === "preview") {
    try {
      return { values, assessment: toAssessmentView(await assessLoanForCase({ ...request, actor: actorOf(user) })) };
    } catch (error) {
      return toFormState(error, values, "cases");
    }
  }
  try {
    await acceptLoanMatter({ actor: actorOf(user), ...request });
  } catch (error) {
    const state = toFormState(error, values, "cases");
    return isDomainError(error) && error.code === "NOT_ELIGIBLE" ? { ...state, assessment: await preview() } : state;
  }
  revalidatePath(`/window/cases/${caseId}`);
  revalidatePath("/window");
  return {};
}

type MatterStep = "sign" | "register" | "resubmit";

type StepInput = { actor: Actor; matterId: string; expectedVersion?: number };
const STEPS: Record<MatterStep, (input: StepInput) => Promise<unknown>> = {
  sign: signContracts,
  register: registerMortgage,
  resubmit: resubmitLoan,
};

/** A one-button step of the case page: the role first, then the hidden fields, then its use case. */
function runStep(step: MatterStep, formData: FormData): Promise<FormState> {
  return formAction({
    roles: ["TELLER"],
    schema: ZMatterAction,
    input: (fd) => ({ caseId: fd.get("caseId"), matterId: fd.get("matterId"), expectedVersion: fd.get("expectedVersion") ?? undefined }),
    echo: false,
    domain: "cases",
    run: (actor, { matterId, expectedVersion }) => STEPS[step]({ actor, matterId, expectedVersion }),
    revalidate: (input) => [`/window/cases/${input.caseId}`, "/window"],
  })({}, formData);
}

/** 确认签约: both contracts printed and signed. */
export async function signContractsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runStep("sign", formData);
}

/** 办理抵押登记: the registry issues the 不动产登记证明. */
export async function registerMortgageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runStep("register", formData);
}

/** 材料已补齐，重新提交: back to the review queue. */
export async function resubmitAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runStep("resubmit", formData);
}

const handOver = formAction({
  roles: ["TELLER"],
  schema: ZHandOverCase,
  input: (formData) => ({
    caseId: formData.get("caseId"),
    toWindowNo: formData.get("toWindowNo") ?? undefined,
    reason: formData.get("reason") ?? undefined,
  }),
  domain: "cases",
  run: (actor, input) => handOverCase({ actor, ...input }),
  revalidate: (input) => [`/window/cases/${input.caseId}`, "/window"],
});

/** 移交办件: hand the case to another window (audited); only the case's own window can. */
export async function handOverCaseAction(prev: FormState, formData: FormData): Promise<FormState> {
  return handOver(prev, formData);
}
