import { errorIdFor } from "@/lib/action-state";
import { FieldError } from "@/components/forms/field-error";

/**
 * One optional file input per material (doc_<KIND>: PDF, JPEG or PNG, at most 5 MB, checked on the
 * server by lib/documents), each with its label and its error beside it. Shared by the loan form
 * (online and at the window) and the window's 补充材料 form.
 */
export function DocumentInputs({
  formId,
  legend,
  documents,
  errorsOf,
}: {
  formId: string;
  legend: string;
  documents: readonly { kind: string; label: string }[];
  errorsOf: (field: string) => string[];
}) {
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      {documents.map((d) => {
        const name = `doc_${d.kind}`;
        const errors = errorsOf(name);
        const errorId = errorIdFor(formId, name);
        return (
          <div key={d.kind}>
            <label htmlFor={`${formId}-${name}`} className="block text-sm text-slate-700">
              {d.label}
            </label>
            <input
              id={`${formId}-${name}`}
              type="file"
              name={name}
              accept="application/pdf,image/jpeg,image/png"
              aria-invalid={errors.length ? true : undefined}
              aria-describedby={errors.length ? errorId : undefined}
              className="mt-1 block w-full text-sm"
            />
            <FieldError id={errorId} errors={errors} />
          </div>
        );
      })}
    </fieldset>
  );
}
