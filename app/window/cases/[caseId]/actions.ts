"use server";

import { z } from "zod";
import type { FormState } from "@/lib/action-state";
import { ZAddCaseDocuments, ZHandOverCase, ZLoanRequest, ZMatterAction, ZWindowLoanForm } from "@/lib/cases/form-schemas";
import { loanRequestInput } from "@/lib/cases/loan-request-input";
import { handOverCase } from "@/lib/cases/hand-over-case";
import type { Actor } from "@/lib/auth/actor";
import { formAction } from "@/lib/forms/action";
import { toAssessmentView, type AssessmentView, type LoanFormState } from "@/lib/cases/assessment-view";
import { assessLoanForCase } from "@/lib/cases/assess-loan";
import { acceptLoanMatter } from "@/lib/cases/accept-loan";
import { loanDocumentsFromForm } from "@/lib/cases/loan-documents";
import { addCaseDocuments } from "@/lib/cases/add-case-documents";
import { resubmitLoan } from "@/lib/cases/review-loan";
import { signContracts } from "@/lib/cases/sign-contracts";
import { registerMortgage } from "@/lib/registry/register-mortgage";
import { isDomainError } from "@/lib/errors";
import { ZContractPrice } from "@/lib/projects/schemas";

/** The window's loan form: which case and intent, the loan request, and a new home's contract price. */
const ZWindowLoanRequest = z.object({ form: ZWindowLoanForm, request: ZLoanRequest, contractPrice: ZContractPrice });

/**
 * A failed parse as the old three-part form showed it: a missing case or intent alone, otherwise
 * every field of the request and the contract price, each at its own field.
 */
function loanFormInvalid(error: z.ZodError, values: Record<string, string>): LoanFormState {
  const formIssues = error.issues.filter((i) => i.path[0] === "form");
  const fieldErrors: Record<string, string[]> = {};
  let formError: string | undefined;
  for (const issue of formIssues.length ? formIssues : error.issues) {
    const field = issue.path[0] === "contractPrice" ? "contractPrice" : issue.path[1];
    if (field === undefined) formError ??= issue.message;
    else (fieldErrors[String(field)] ??= []).push(issue.message);
  }
  return { fieldErrors, formError, values };
}

type LoanRequestInput = z.infer<typeof ZWindowLoanRequest>;
// The window can always take a contract price: null (left empty) tells a new home it is missing.
const requestOf = ({ form, request, contractPrice }: LoanRequestInput) => ({ caseId: form.caseId, ...request, contractPrice });

const loanForm = formAction<typeof ZWindowLoanRequest, AssessmentView | null, LoanFormState>({
  roles: ["TELLER"],
  schema: ZWindowLoanRequest,
  input: (formData) => ({
    form: { caseId: formData.get("caseId"), intent: formData.get("intent") ?? undefined },
    request: loanRequestInput(formData),
    contractPrice: formData.get("contractPrice") ?? undefined,
  }),
  invalid: loanFormInvalid,
  domain: "cases",
  run: async (actor, input, { formData }) => {
    if (input.form.intent === "preview") return toAssessmentView(await assessLoanForCase({ ...requestOf(input), actor }));
    // The scanned materials are checked like the online uploads (a bad file: DOCUMENT_INVALID at its
    // field, before anything is written) and stored in the acceptance's transaction.
    await acceptLoanMatter({ actor, ...requestOf(input), documents: await loanDocumentsFromForm(formData) });
    return null;
  },
  // A refused acceptance shows the assessment beside the problems, so the teller sees the binding limit.
  onError: async (error, state, { input }) => {
    if (input.form.intent !== "accept" || !isDomainError(error) || error.code !== "NOT_ELIGIBLE") return state;
    const assessment = await assessLoanForCase(requestOf(input)).then(toAssessmentView, () => undefined);
    return { ...state, assessment };
  },
  revalidate: (input) => (input.form.intent === "accept" ? [`/window/cases/${input.form.caseId}`, "/window"] : []),
  onSuccess: (assessment, _input, values) => (assessment ? { values, assessment } : {}),
});

/** 试算 (preview: every limit, nothing written) or 受理 (accept: the loan matter is created, with the scanned materials). */
export async function loanFormAction(prev: LoanFormState, formData: FormData): Promise<LoanFormState> {
  return loanForm(prev, formData);
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

const addDocuments = formAction({
  roles: ["TELLER"],
  schema: ZAddCaseDocuments,
  input: (formData) => ({ caseId: formData.get("caseId") }),
  echo: false,
  domain: "cases",
  run: async (actor, input, { formData }) =>
    addCaseDocuments({ actor, caseId: input.caseId, documents: await loanDocumentsFromForm(formData) }),
  revalidate: (input) => [`/window/cases/${input.caseId}`],
});

/** 补充材料: scans added to an accepted (or returned) loan case, checked like every upload. */
export async function addCaseDocumentsAction(prev: FormState, formData: FormData): Promise<FormState> {
  return addDocuments(prev, formData);
}
