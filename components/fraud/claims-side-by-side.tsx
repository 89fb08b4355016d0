import type { ClaimSideDto } from "@/lib/fraud/flag-detail";
import { Badge } from "@/components/ui/badge";

/**
 * Illness claims in columns, one row per record field: identical hospital, dates, diagnosis and
 * amounts under different names and ages are what a copied record looks like. Values equal to the
 * flagged claim's (first column) are highlighted.
 */
export function ClaimsSideBySide({ claims }: { claims: ClaimSideDto[] }) {
  const [first] = claims;
  if (!first) return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">病历资料对照</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-500">
            <th scope="col" className="px-2 py-2 font-medium">
              项目
            </th>
            {claims.map((c, i) => (
              <th key={c.withdrawalNo} scope="col" className="px-2 py-2 font-medium">
                {i === 0 ? "本次申请" : `相同病历 ${i}`}：{c.withdrawalNo}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[
            ["申请人", (c: ClaimSideDto) => `${c.name}（${c.idNumber}）`],
            ["性别 / 年龄", (c: ClaimSideDto) => `${c.gender} / ${c.age} 岁`],
            ["申请时间", (c: ClaimSideDto) => c.submittedAt],
            ["状态", (c: ClaimSideDto) => c.status],
          ].map(([label, cell]) => (
            <tr key={label as string} className="border-b border-slate-100">
              <th scope="row" className="px-2 py-2 text-left font-medium text-slate-600">
                {label as string}
              </th>
              {claims.map((c) => (
                <td key={c.withdrawalNo} className="px-2 py-2">
                  {(cell as (c: ClaimSideDto) => string)(c)}
                </td>
              ))}
            </tr>
          ))}
          {first.fields.map((f, row) => (
            <tr key={f.label} className="border-b border-slate-100">
              <th scope="row" className="px-2 py-2 text-left font-medium text-slate-600">
                {f.label}
              </th>
              {claims.map((c, i) => {
                const same = i > 0 && c.fields[row]?.value === f.value;
                return (
                  <td key={c.withdrawalNo} className={`px-2 py-2 ${same ? "bg-red-50 text-red-800" : ""}`}>
                    {c.fields[row]?.value ?? "—"}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <th scope="row" className="px-2 py-2 text-left font-medium text-slate-600">
              病历文件 SHA-256
            </th>
            {claims.map((c) => (
              <td key={c.withdrawalNo} className="space-y-1 px-2 py-2">
                {c.documents.map((d) => (
                  <div key={d.sha256 + d.kind}>
                    {d.kind} <code className="text-xs">{d.sha256.slice(0, 12)}…</code>{" "}
                    {d.shared ? <Badge tone="bad">同一文件</Badge> : null}
                  </div>
                ))}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
