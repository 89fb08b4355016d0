"use client";

import { useActionState, type ReactNode } from "react";
import type { DoneFormState, FormAction } from "@/lib/action-state";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

/**
 * The frame of a form about one record (an employer, an employee, a project): useActionState, the
 * form-level error, the line saying what was done (announced), hidden fields naming the record
 * (its id and version), the submit button disabled while pending. Fields render from the state
 * (errors, values kept).
 */
export function RecordForm({
  id,
  action,
  hidden = {},
  submitLabel,
  pendingText,
  children,
}: {
  id: string;
  action: FormAction<DoneFormState>;
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingText?: string;
  children: (state: { values: Record<string, string>; errors: Record<string, string[]> }) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, {} as DoneFormState);
  return (
    <form id={id} action={formAction} noValidate className="space-y-4">
      <FormMessage id={`${id}-error`} message={state.formError} />
      {state.done ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {state.done}
        </p>
      ) : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children({ values: state.values ?? {}, errors: state.fieldErrors ?? {} })}
      <div className="max-w-xs">
        <SubmitButton pendingText={pendingText}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
