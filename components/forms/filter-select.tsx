/** The class of a list page's GET filter controls (selects and the search box). */
export const FILTER_CONTROL =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-sky-600 focus:outline-none focus:ring-1 focus:ring-sky-600";

/**
 * One select of a list page's GET filter form (the URL holds the filter). `formId` prefixes the
 * element id so two filter forms never collide; "no filter" is an option like any other, so the
 * caller names it (全部, 全部账龄…).
 */
export function FilterSelect({
  formId,
  name,
  label,
  value,
  options,
}: {
  formId: string;
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  const id = `${formId}-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={FILTER_CONTROL}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
