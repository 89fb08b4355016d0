import type { ProjectDetailDto } from "@/lib/projects/queries";
import { Badge } from "@/components/ui/badge";

/** Every inspection: findings, the checklist as found, and the photos (served with a role check). */
export function InspectionList({ projectId, inspections }: { projectId: string; inspections: ProjectDetailDto["inspections"] }) {
  if (inspections.length === 0) return <p className="text-sm text-slate-500">尚无现场查勘记录</p>;
  return (
    <ol className="space-y-5">
      {inspections.map((i) => (
        <li key={i.id} aria-label={`查勘 ${i.inspectedOn}`} className="rounded border border-slate-200 p-4">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <strong>{i.inspectedOn}</strong>
            {i.passed ? <Badge tone="good">通过</Badge> : <Badge tone="bad">不通过</Badge>}
            <span className="text-slate-600">
              查勘人 {i.inspector} · {i.location}
            </span>
          </p>
          <p className="mt-2 whitespace-pre-line text-sm text-slate-800">{i.findingsText}</p>
          {i.missing.length ? <p className="mt-1 text-sm text-red-700">未满足的必备条件：{i.missing.join("、")}</p> : null}
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-sky-800">
              准入条件核查（{i.findings.filter((f) => f.met).length}/{i.findings.length} 项满足）
            </summary>
            <ul className="mt-2 space-y-1">
              {i.findings.map((f) => (
                <li key={f.code}>
                  {f.met ? "✓" : "✗"} {f.label}
                  {f.required ? "（必备）" : ""}
                  {f.note ? <span className="text-slate-500"> — {f.note}</span> : null}
                </li>
              ))}
            </ul>
          </details>
          {i.photos.length ? (
            <ul aria-label="现场照片" className="mt-3 flex flex-wrap gap-3">
              {i.photos.map((p) => (
                <li key={p.id} className="text-xs text-slate-500">
                  <a href={`/admin/projects/${projectId}/photos/${p.id}`} target="_blank" rel="noreferrer">
                    {/* eslint-disable-next-line @next/next/no-img-element -- private bytes behind a role check, not a static asset */}
                    <img
                      src={`/admin/projects/${projectId}/photos/${p.id}`}
                      alt={p.caption ?? p.filename}
                      className="h-24 w-32 rounded border border-slate-200 object-cover"
                    />
                  </a>
                  <span className="block max-w-32 truncate" title={`SHA-256 ${p.sha256}`}>
                    {p.filename}（{p.sizeKb} KB）
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
