import type { ReactNode } from "react";

/** A GET filter form: the filters live in the URL, so a filtered view can be bookmarked and exported. */
export function FilterBar({ action, children, label }: { action: string; children: ReactNode; label: string }) {
  return (
    <form method="get" action={action} aria-label={label} className="flex flex-wrap items-end gap-3">
      {children}
    </form>
  );
}

const box = "mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900";

export function FilterInput({
  name,
  label,
  defaultValue,
  type = "text",
  width = "w-40",
}: {
  name: string;
  label: string;
  defaultValue?: string;
  type?: string;
  width?: string;
}) {
  return (
    <label className={`block text-sm text-slate-700 ${width}`}>
      {label}
      <input name={name} type={type} defaultValue={defaultValue ?? ""} className={`${box} w-full`} />
    </label>
  );
}

export function FilterSelect({
  name,
  label,
  defaultValue,
  options,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <label className="block text-sm text-slate-700">
      {label}
      <select name={name} defaultValue={defaultValue ?? ""} className={box}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
