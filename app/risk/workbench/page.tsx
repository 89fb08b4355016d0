import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { parseWorkbenchFilter, workbenchQuery, type WorkbenchSearch } from "@/lib/fraud/workbench-filter";
import { SCREEN_LIMIT, SAMPLE_LIMIT, reverifySample, searchWithdrawals, workbenchOptions } from "@/lib/fraud/workbench";
import { REASON_CODES, REASON_RULES } from "@/lib/withdrawals/reasons";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { RiskNav } from "@/components/fraud/risk-nav";
import { FilterBar, FilterInput, FilterSelect } from "@/components/fraud/filter-bar";

export const metadata: Metadata = { title: "提取回溯核查" };

const button = "rounded-md px-4 py-2 text-sm font-medium text-white";

export default async function WorkbenchPage({ searchParams }: { searchParams: Promise<WorkbenchSearch & { verify?: string }> }) {
  await requireRole("RISK_OFFICER", "ADMIN");
  const search = await searchParams;
  const filter = parseWorkbenchFilter(search);
  const verify = search.verify === "1";
  const [options, result] = await Promise.all([workbenchOptions(), verify ? reverifySample(filter) : searchWithdrawals(filter)]);
  const shown = result.rows.slice(0, SCREEN_LIMIT);
  const query = workbenchQuery(filter);
  const summary =
    "checked" in result
      ? `已按今日登记簿核验 ${result.checked} 笔含不动产权证书的申请，其中 ${result.mismatched} 笔不符${result.total > SAMPLE_LIMIT ? `（样本超过 ${SAMPLE_LIMIT} 笔，仅核验最近 ${SAMPLE_LIMIT} 笔）` : ""}`
      : null;
  return (
    <>
      <PageTitle subtitle="按条件抽取历史提取申请，一键与不动产登记簿重新核验并导出">提取回溯核查</PageTitle>
      <RiskNav current="/risk/workbench" />
      <div className="space-y-6">
        <Card id="filters" title="抽样条件">
          <FilterBar action="/risk/workbench" label="抽样条件">
            <FilterSelect
              name="reason"
              label="提取原因"
              defaultValue={filter.reasonCode ?? ""}
              options={[
                { value: "", label: "全部原因" },
                ...REASON_CODES.map((c) => ({ value: c, label: `${c} ${REASON_RULES[c].label}` })),
              ]}
            />
            <FilterInput name="from" label="申请日期自" type="date" defaultValue={filter.from} />
            <FilterInput name="to" label="至" type="date" defaultValue={filter.to} />
            <FilterInput name="maxArea" label="建筑面积小于（㎡）" defaultValue={filter.maxArea} width="w-36" />
            <FilterSelect
              name="housing"
              label="新房/二手房"
              defaultValue={filter.housing ?? ""}
              options={[
                { value: "", label: "不限" },
                { value: "NEW", label: "新房" },
                { value: "SECOND_HAND", label: "二手房" },
              ]}
            />
            <FilterSelect
              name="window"
              label="窗口"
              defaultValue={filter.windowNo ? String(filter.windowNo) : ""}
              options={[{ value: "", label: "全部窗口" }, ...options.windows.map((n) => ({ value: String(n), label: `${n}号窗口` }))]}
            />
            <FilterSelect
              name="teller"
              label="经办柜员"
              defaultValue={filter.tellerId ?? ""}
              options={[{ value: "", label: "全部柜员" }, ...options.tellers.map((t) => ({ value: t.id, label: t.label }))]}
            />
            <button type="submit" className={`${button} bg-sky-700 hover:bg-sky-800`}>
              查询
            </button>
            <button type="submit" name="verify" value="1" className={`${button} bg-amber-700 hover:bg-amber-800`}>
              与登记簿重新核验
            </button>
          </FilterBar>
        </Card>
        <Card
          id="sample"
          title={`样本（共 ${result.total} 笔${result.total > shown.length ? `，显示最近 ${shown.length} 笔` : ""}）`}
          actions={
            <a className="text-sm text-sky-700 underline" href={`/risk/workbench/export${query ? `?${query}` : ""}`}>
              导出 CSV（含核验结果）
            </a>
          }
        >
          {summary ? (
            <p role="status" className="mb-3 text-sm text-slate-700">
              {summary}
            </p>
          ) : null}
          <DataTable
            caption="提取申请样本"
            rows={shown}
            rowKey={(r) => r.id}
            empty="没有符合条件的提取申请"
            columns={[
              { header: "申请编号", cell: (r) => r.withdrawalNo },
              { header: "原因", cell: (r) => r.reason },
              { header: "金额", cell: (r) => r.amount, align: "right" },
              { header: "申请时间", cell: (r) => r.submittedAt },
              { header: "申请人", cell: (r) => r.applicant },
              { header: "窗口/柜员", cell: (r) => `${r.window} ${r.teller}` },
              { header: "住房", cell: (r) => (r.certNo ? `${r.certNo} ${r.area ? `${r.area}㎡` : ""} ${r.housing}` : "—") },
              { header: "状态", cell: (r) => r.status },
              ...(verify
                ? [
                    {
                      header: "核验结果",
                      cell: (r: (typeof shown)[number]) =>
                        r.verdictOk === undefined ? r.verdict : <Badge tone={r.verdictOk ? "good" : "bad"}>{r.verdict}</Badge>,
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      </div>
    </>
  );
}
