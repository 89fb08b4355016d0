import type { z } from "zod";

/**
 * The one form contract between server actions and forms (`useActionState`): field errors shown
 * next to their inputs, a form-level error, and the submitted values sent back so nothing typed is
 * lost (never passwords).
 */
export type FormState = {
  fieldErrors?: Record<string, string[]>;
  formError?: string;
  values?: Record<string, string>;
};

export const EMPTY_FORM_STATE: FormState = {};

/** The submitted text values, minus the named fields (passwords) and files. */
export function formValues(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || omit.includes(key) || key.startsWith("$ACTION")) continue;
    values[key] = value;
  }
  return values;
}

/** zod issues → `{ field: [messages] }`; issues without a path become the form error. */
export function fromZodError(error: z.ZodError, values: Record<string, string>): FormState {
  const fieldErrors: Record<string, string[]> = {};
  let formError: string | undefined;
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field === undefined) {
      formError ??= issue.message;
      continue;
    }
    (fieldErrors[String(field)] ??= []).push(issue.message);
  }
  return { fieldErrors, formError, values };
}

/** The id of a field's error element, for `aria-describedby`. */
export function errorIdFor(formId: string, field: string): string {
  return `${formId}-${field}-error`;
}

/**
 * A form's server action as its page hands it down. Components never import `app/` (ESLint
 * import boundary), so a client form takes its action as a prop and the page passes the imported
 * server action.
 */
export type FormAction<S = FormState> = (state: S, formData: FormData) => Promise<S>;

/** A settings-style form's state: field errors, or a line saying what was done. */
export type DoneFormState = FormState & { done?: string };
