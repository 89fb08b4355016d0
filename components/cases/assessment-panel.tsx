import type { AssessmentView } from "@/lib/cases/assessment-view";
import { LimitsTable } from "@/components/cases/limits-table";

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
      <LimitsTable view={view} />
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
