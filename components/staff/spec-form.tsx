"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { FormMessage } from "@/components/forms/form-message";
import { FieldError } from "@/components/forms/field-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorIdFor, type DoneFormState, type FormAction } from "@/lib/action-state";

/** One field of a SpecForm: labelled, its error under it and tied by aria-describedby. */
export type FieldSpec =
  | { kind: "hidden"; name: string; value: string }
  | {
      kind: "text" | "password" | "date";
      name: string;
      label: string;
      defaultValue?: string;
      inputMode?: "numeric" | "decimal" | "text";
      autoComplete?: string;
      wide?: boolean;
    }
  | { kind: "select"; name: string; label: string; options: { value: string; label: string }[]; defaultValue?: string }
  | { kind: "checkboxes"; name: string; legend: string; options: { value: string; label: string }[]; checked: readonly string[] }
  | { kind: "checkbox"; name: string; label: string; checked: boolean };

/**
 * A small admin form drawn from field specs (staff, limits, windows, relatives, parameters): every
 * error at its field, the form's error and the "done" line above, the submit button disabled while
 * the action runs. Values typed are kept after an error (passwords are never echoed back).
 */
export function SpecForm({
  id,
  action,
  fields,
  submitLabel,
  pendingText,
  columns = 2,
}: {
  id: string;
  action: FormAction<DoneFormState>;
  fields: FieldSpec[];
  submitLabel: string;
  pendingText?: string;
  columns?: 1 | 2 | 3;
}) {
  const [state, formAction] = useActionState<DoneFormState, FormData>(action, {});
  const v = state.values;
  const grid = columns === 1 ? "" : columns === 2 ? "sm:grid-cols-2" : "sm:grid-cols-3";
  return (
    <form id={id} action={formAction} noValidate className="space-y-4">
      <FormMessage id={`${id}-error`} message={state.formError} />
      {state.done ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {state.done}
        </p>
      ) : null}
      <div className={`grid gap-4 ${grid}`}>
        {fields.map((f) => {
          const errors = state.fieldErrors?.[f.name];
          switch (f.kind) {
            case "hidden":
              return <input key={f.name} type="hidden" name={f.name} value={f.value} />;
            case "select":
              return (
                <SelectField
                  key={f.name}
                  formId={id}
                  name={f.name}
                  label={f.label}
                  options={f.options}
                  defaultValue={v?.[f.name] ?? f.defaultValue}
                  errors={errors}
                />
              );
            case "checkboxes":
              return (
                <fieldset key={f.name} className="sm:col-span-full" aria-describedby={errors ? errorIdFor(id, f.name) : undefined}>
                  <legend className="text-sm font-medium text-slate-700">{f.legend}</legend>
                  <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-sm">
                    {f.options.map((o) => (
                      <label key={o.value} className="flex items-center gap-2">
                        <input type="checkbox" name={f.name} value={o.value} defaultChecked={f.checked.includes(o.value)} />
                        {o.label}
                      </label>
                    ))}
                  </div>
                  <FieldError id={errorIdFor(id, f.name)} errors={errors} />
                </fieldset>
              );
            case "checkbox":
              return (
                <div key={f.name}>
                  <label className="flex items-center gap-2 text-sm text-slate-700">
                    <input
                      type="checkbox"
                      name={f.name}
                      defaultChecked={f.checked}
                      aria-describedby={errors ? errorIdFor(id, f.name) : undefined}
                    />
                    {f.label}
                  </label>
                  <FieldError id={errorIdFor(id, f.name)} errors={errors} />
                </div>
              );
            default:
              return (
                <div key={f.name} className={f.wide ? "sm:col-span-full" : undefined}>
                  <TextField
                    formId={id}
                    name={f.name}
                    label={f.label}
                    type={f.kind}
                    inputMode={f.inputMode}
                    autoComplete={f.autoComplete}
                    defaultValue={f.kind === "password" ? undefined : (v?.[f.name] ?? f.defaultValue)}
                    errors={errors}
                  />
                </div>
              );
          }
        })}
      </div>
      <div className="w-40">
        <SubmitButton pendingText={pendingText ?? "提交中…"}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
