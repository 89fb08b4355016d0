import type { SelectHTMLAttributes } from "react";
import { errorIdFor } from "@/lib/action-state";
import { FieldError } from "@/components/forms/field-error";

type Props = {
  formId: string;
  name: string;
  label: string;
  errors?: string[];
  options: { value: string; label: string }[];
  hint?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name">;

/** A labelled select with its error (and optional hint) tied by aria-describedby. */
export function SelectField({ formId, name, label, errors, options, hint, ...select }: Props) {
  const id = `${formId}-${name}`;
  const errorId = errorIdFor(formId, name);
  const hintId = `${id}-hint`;
  const invalid = !!errors?.length;
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-sky-600 focus:outline-none focus:ring-1 focus:ring-sky-600 aria-invalid:border-red-500"
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}
