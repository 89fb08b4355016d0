"use server";

import { redirect } from "next/navigation";
import { depositorIdOf } from "@/lib/auth/actor";
import { ZLoanRequest } from "@/lib/cases/form-schemas";
import { formAction } from "@/lib/forms/action";
import type { LoanFormState } from "@/lib/cases/assessment-view";
import { loanRequestInput } from "@/lib/cases/loan-request-input";
import { submitOnlineLoanApplication } from "@/lib/cases/submit-online-application";

const apply = formAction<typeof ZLoanRequest, Awaited<ReturnType<typeof submitOnlineLoanApplication>>, LoanFormState>({
  roles: ["CITIZEN"],
  schema: ZLoanRequest,
  input: loanRequestInput,
  domain: "cases",
  run: (_actor, input, { user }) =>
    submitOnlineLoanApplication({ depositorId: depositorIdOf(user, "NO_DEPOSITOR"), userId: user.id, ...input }),
  revalidate: ["/portal"],
  onSuccess: (): void => redirect("/portal#cases"),
});

/** The citizen applies online (SUBMITTED); a window then accepts it without retyping. */
export async function applyOnlineAction(prev: LoanFormState, formData: FormData): Promise<LoanFormState> {
  return apply(prev, formData);
}
