import type { ReactNode } from "react";

/** Label/value pairs (account overview, summaries) as a description list. */
export function Facts({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
      {items.map((item) => (
        <div key={item.label}>
          <dt className="text-xs text-slate-600">{item.label}</dt>
          <dd className="mt-0.5 text-base font-medium tabular-nums text-slate-900">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
