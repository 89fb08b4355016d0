import type { FormState } from "@/lib/action-state";
import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/projects/schemas";

/** A failed zod parse as FormState, checklist errors at their condition's field (see fieldErrorsOf). */
export function zodErrorState(error: z.ZodError, values: Record<string, string>): FormState {
  const { _form, ...fieldErrors } = fieldErrorsOf(error);
  return { fieldErrors, formError: _form?.join("；") ?? "填写内容有误，请按提示修改", values };
}
