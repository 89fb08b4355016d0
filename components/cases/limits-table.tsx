import type { LimitsView } from "@/lib/cases/assessment-view";

/**
 * Every loan limit with the binding one marked, the maximum, the rate and the longest term by age:
 * the one table the window's assessment, the online preview and the public calculator all show.
 */
export function LimitsTable({ view }: { view: LimitsView }) {
  return (
    <>
      <table className="w-full text-sm">
        <caption className="mb-1 text-left font-medium text-slate-700">贷款额度（取各项最小值）</caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-500">
            <th scope="col" className="py-1 text-left font-medium">
              额度项目
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              额度
            </th>
          </tr>
        </thead>
        <tbody>
          {view.limits.map((l) => (
            <tr key={l.code} className={l.binding ? "bg-amber-100 font-semibold" : ""} aria-current={l.binding ? "true" : undefined}>
              <td className="py-1">
                {l.label}
                {l.binding ? <span className="ml-2 rounded bg-amber-800 px-1.5 py-0.5 text-xs text-white">决定额度</span> : null}
              </td>
              <td className="py-1 text-right tabular-nums">{l.amount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm">
        最高可贷：<strong data-testid="max-amount">{view.maxAmount}</strong>　年利率：{view.annualRatePercent}%　按年龄最长期限：
        {view.maxTermMonthsByAge} 个月（最晚到期 {view.latestMaturity}）　{view.isFirstHome ? "首套住房" : "二套住房"}
      </p>
    </>
  );
}
