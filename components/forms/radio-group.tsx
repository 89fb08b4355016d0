import { errorIdFor } from "@/lib/action-state";
import { FieldError } from "@/components/forms/field-error";

export type RadioOption = { value: string; label: string };

/** One labelled radio button; large enough to hit with a thumb on a phone. */
export function RadioChoice({ name, value, label, checked }: { name: string; value: string; label: string; checked: boolean }) {
  return (
    <label className="mr-4 inline-flex min-h-8 items-center gap-1.5 text-sm">
      <input type="radio" name={name} value={value} defaultChecked={checked} />
      {label}
    </label>
  );
}

/**
 * A question answered by one of a few options: the legend names it, the error sits under it and is
 * tied to the group by aria-describedby. `errorName` is the field the server reports the error on
 * when it is not the radio's own name (e.g. a conclusion checked against other answers).
 */
export function RadioGroup({
  formId,
  name,
  legend,
  options,
  value,
  errors,
  errorName = name,
}: {
  formId: string;
  name: string;
  legend: string;
  options: readonly RadioOption[];
  /** The option checked when the form (re)renders. */
  value: string;
  errors?: string[];
  errorName?: string;
}) {
  const errorId = errorIdFor(formId, errorName);
  return (
    <fieldset aria-describedby={errors?.length ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      <div className="mt-1 flex flex-wrap">
        {options.map((o) => (
          <RadioChoice key={o.value} name={name} value={o.value} label={o.label} checked={value === o.value} />
        ))}
      </div>
      <FieldError id={errorId} errors={errors} />
    </fieldset>
  );
}
