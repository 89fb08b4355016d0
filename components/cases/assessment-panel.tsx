import type { AssessmentView } from "@/lib/cases/assessment-view";

/** Every loan limit, the binding one highlighted, the property's registry facts and any problem. */
export function AssessmentPanel({ view }: { view: AssessmentView }) {
  return (
    <section aria-label="贷款试算结果" className="space-y-4 rounded-md border border-slate-200 bg-slate-50 p-4">
      <p className={`font-medium ${view.eligible ? "text-emerald-700" : "text-red-700"}`}>
        {view.eligible ? "符合贷款条件" : "暂不符合贷款条件，请按提示修改"}（贷款政策第 {view.policyVersion} 版）
      </p>
      <dl className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="inline text-slate-500">不动产权证书号：</dt>
          <dd className="inline">{view.property.certNo}</dd>
        </div>
        <div>
          <dt className="inline text-slate-500">不动产单元号：</dt>
          <dd className="inline">{view.property.unitNo}</dd>
        </div>
        <div>
          <dt className="inline text-slate-500">坐落：</dt>
          <dd className="inline">{view.property.address}</dd>
        </div>
        <div>
          <dt className="inline text-slate-500">建筑面积：</dt>
          <dd className="inline">{view.property.area} 平方米</dd>
        </div>
        <div>
          <dt className="inline text-slate-500">登记价格：</dt>
          <dd className="inline">{view.property.purchasePrice}</dd>
        </div>
        <div>
          <dt className="inline text-slate-500">权利人：</dt>
          <dd className="inline">
            {view.property.owners}
            {view.property.ownershipOk ? "" : "（与申请人不符）"}
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="inline text-slate-500">现有抵押：</dt>
          <dd className="inline">{view.property.mortgages.length ? view.property.mortgages.join("；") : "无"}</dd>
        </div>
      </dl>
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
      {view.problems.length ? (
        <ul className="list-disc pl-5 text-sm text-red-700">
          {view.problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
