import type { ReactNode } from "react";

/** A titled section of a page; the title is an h2 and names the region for screen readers. */
export function Card({ id, title, children, actions }: { id: string; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="flex items-center justify-between border-b border-slate-100 px-5 py-3">
        <h2 id={`${id}-title`} className="text-base font-semibold text-slate-800">
          {title}
        </h2>
        {actions}
      </div>
      <div className="px-5 py-4">{children}</div>
    </section>
  );
}
