import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { FLAG_KIND_LABELS, FLAG_STATUS_LABELS } from "@/lib/fraud/labels";
import { FLAG_KINDS, FLAG_STATUSES, countOpenFlags, listFlags, type FlagFilter } from "@/lib/fraud/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { RiskNav } from "@/components/fraud/risk-nav";
import { FilterBar, FilterInput, FilterSelect } from "@/components/fraud/filter-bar";
import { dateParam } from "@/lib/fraud/workbench-filter";

export const metadata: Metadata = { title: "欺诈风险预警" };

type Search = { kind?: string; status?: string; from?: string; to?: string; q?: string };

function filterOf(s: Search): FlagFilter {
  return {
    kind: FLAG_KINDS.find((k) => k === s.kind),
    status: s.status === "ALL" ? "ALL" : FLAG_STATUSES.find((k) => k === s.status),
    from: dateParam(s.from),
    to: dateParam(s.to),
    q: s.q?.slice(0, 40),
  };
}

export default async function FraudQueuePage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireRole("RISK_OFFICER", "ADMIN");
  const search = await searchParams;
  const filter = filterOf(search);
  const [{ rows, total }, open] = await Promise.all([listFlags(filter), countOpenFlags()]);
  return (
    <>
      <PageTitle subtitle={`待核查：${open.map((o) => `${o.kind} ${o.count}`).join("，")}`}>欺诈风险预警</PageTitle>
      <RiskNav current="/risk/fraud" />
      <div className="space-y-6">
        <Card id="filters" title="筛选">
          <FilterBar action="/risk/fraud" label="预警筛选">
            <FilterSelect
              name="kind"
              label="类型"
              defaultValue={filter.kind ?? ""}
              options={[{ value: "", label: "全部类型" }, ...FLAG_KINDS.map((k) => ({ value: k, label: FLAG_KIND_LABELS[k] }))]}
            />
            <FilterSelect
              name="status"
              label="状态"
              defaultValue={filter.status ?? "OPEN"}
              options={[...FLAG_STATUSES.map((s) => ({ value: s, label: FLAG_STATUS_LABELS[s] })), { value: "ALL", label: "全部状态" }]}
            />
            <FilterInput name="from" label="发现日期自" type="date" defaultValue={filter.from} />
            <FilterInput name="to" label="至" type="date" defaultValue={filter.to} />
            <FilterInput name="q" label="姓名或身份证号" defaultValue={filter.q} width="w-48" />
            <button type="submit" className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800">
              筛选
            </button>
          </FilterBar>
        </Card>
        <Card id="flags" title={`风险预警（${total} 条${total > rows.length ? `，显示最近 ${rows.length} 条` : ""}）`}>
          <DataTable
            caption="风险预警列表"
            rows={rows}
            rowKey={(r) => r.id}
            empty="没有符合条件的预警"
            columns={[
              { header: "发现时间", cell: (r) => r.createdAt },
              {
                header: "类型",
                cell: (r) => (
                  <Link className="text-sky-700 underline" href={`/risk/fraud/${r.id}`}>
                    {r.kind}
                  </Link>
                ),
              },
              { header: "当事人", cell: (r) => `${r.person}（${r.idNumber}）` },
              { header: "发现", cell: (r) => r.reason },
              { header: "提取申请", cell: (r) => r.withdrawal ?? "—（已拒绝受理）" },
              { header: "经办", cell: (r) => r.handler },
              {
                header: "状态",
                cell: (r) => (
                  <Badge tone={r.status === "OPEN" ? "warn" : r.status === "CONFIRMED" ? "bad" : "neutral"}>{r.statusLabel}</Badge>
                ),
              },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
