import type { FormState } from "@/lib/action-state";
import { isDomainError } from "@/lib/errors";
import type { z } from "zod";
import { projectErrorMessage } from "@/lib/projects/messages";
import { fieldErrorsOf } from "@/lib/projects/schemas";

/**
 * A project use case's DomainError as FormState: INVALID_INPUT's field errors at their fields,
 * another error at its field (or the form) in Chinese. Anything else is rethrown (a bug).
 */
export function projectErrorState(error: unknown, values: Record<string, string>): FormState {
  if (!isDomainError(error)) throw error;
  if (error.code === "INVALID_INPUT") {
    const fieldErrors = (error.details?.fieldErrors ?? {}) as Record<string, string[]>;
    const { _form, ...fields } = fieldErrors;
    return { fieldErrors: fields, formError: _form?.join("；") ?? "填写内容有误，请按提示修改", values };
  }
  const message = projectErrorMessage(error);
  return error.field ? { fieldErrors: { [error.field]: [message] }, values } : { formError: message, values };
}

/** A failed zod parse as FormState, checklist errors at their condition's field (see fieldErrorsOf). */
export function zodErrorState(error: z.ZodError, values: Record<string, string>): FormState {
  const { _form, ...fieldErrors } = fieldErrorsOf(error);
  return { fieldErrors, formError: _form?.join("；") ?? "填写内容有误，请按提示修改", values };
}
