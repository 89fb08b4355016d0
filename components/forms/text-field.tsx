import type { InputHTMLAttributes } from "react";
import { errorIdFor } from "@/lib/action-state";
import { FieldError } from "@/components/forms/field-error";

type Props = {
  formId: string;
  name: string;
  label: string;
  errors?: string[];
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name">;

/** A labelled input whose errors sit under it and are tied to it by aria-describedby. */
export function TextField({ formId, name, label, errors, ...input }: Props) {
  const id = `${formId}-${name}`;
  const errorId = errorIdFor(formId, name);
  const invalid = !!errors?.length;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-slate-900 shadow-sm focus:border-sky-600 focus:outline-none focus:ring-1 focus:ring-sky-600 aria-invalid:border-red-500"
        {...input}
      />
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}
