import type { TimelineRowDto } from "@/lib/cases/case-detail-queries";

/** The stage timeline: who moved the case, at which window, when. */
export function CaseTimeline({ rows, showActors = true }: { rows: TimelineRowDto[]; showActors?: boolean }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">尚无办理记录</p>;
  return (
    <ol aria-label="办理进度" className="relative space-y-3 border-l-2 border-sky-200 pl-5">
      {rows.map((r) => (
        <li key={r.id} className="relative">
          <span aria-hidden className="absolute -left-[27px] top-1.5 h-3 w-3 rounded-full bg-sky-600" />
          <p className="text-sm font-medium text-slate-900">{r.toLabel}</p>
          <p className="text-xs text-slate-500">
            {r.at}
            {showActors ? ` · ${r.actorName}` : ""}
            {r.windowNo ? ` · ${r.windowNo}号窗口` : ""}
          </p>
          {r.note ? <p className="mt-0.5 text-xs text-slate-600">{r.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
