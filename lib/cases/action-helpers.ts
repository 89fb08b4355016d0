import type { FormState } from "@/lib/action-state";
import { isDomainError } from "@/lib/errors";
import { caseErrorMessage } from "@/lib/cases/messages";
import { problemMessage } from "@/lib/cases/assessment-view";

type Problem = { code: string; field?: string } & Record<string, unknown>;

/**
 * A DomainError as FormState: the Chinese message at its field (or the form), and for NOT_ELIGIBLE
 * every problem at its own field. Anything else is rethrown (a bug, not a user mistake).
 */
export function domainErrorState(error: unknown, values: Record<string, string>): FormState {
  if (!isDomainError(error)) throw error;
  const problems = (error.details?.problems ?? []) as Problem[];
  if (error.code === "NOT_ELIGIBLE" && problems.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    const formMessages: string[] = [];
    for (const p of problems) {
      const message = problemMessage(p);
      if (p.field) (fieldErrors[p.field] ??= []).push(message);
      else formMessages.push(message);
    }
    return { fieldErrors, formError: formMessages.length ? formMessages.join("；") : "申请不符合贷款条件，请按提示修改", values };
  }
  const message = caseErrorMessage(error);
  return error.field ? { fieldErrors: { [error.field]: [message] }, values } : { formError: message, values };
}
