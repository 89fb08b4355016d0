import type { FormState } from "@/lib/action-state";
import { isDomainError } from "@/lib/errors";
import { fraudErrorMessage } from "@/lib/fraud/messages";

/** A risk use case's DomainError as FormState: the Chinese message at its field, or the form. */
export function fraudErrorState(error: unknown, values: Record<string, string>): FormState {
  if (!isDomainError(error)) throw error;
  const message = fraudErrorMessage(error);
  return error.field ? { fieldErrors: { [error.field]: [message] }, values } : { formError: message, values };
}
