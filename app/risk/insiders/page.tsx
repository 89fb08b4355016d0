import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { insiderReport } from "@/lib/fraud/insider-report";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { RiskNav } from "@/components/fraud/risk-nav";
import { FilterBar, FilterInput } from "@/components/fraud/filter-bar";
import { dateParam } from "@/lib/fraud/workbench-filter";

export const metadata: Metadata = { title: "内部人员监测" };

export default async function InsidersPage({ searchParams }: { searchParams: Promise<{ since?: string }> }) {
  await requireRole("RISK_OFFICER", "ADMIN");
  const { since } = await searchParams;
  const report = await insiderReport(dateParam(since));
  const t = report.threshold;
  const unusual = report.rows.filter((r) => r.unusual).length;
  return (
    <>
      <PageTitle
        subtitle={`${report.since} 以来：全中心 ${report.centerHandled} 件经办业务，${report.centerFlags} 条风险预警，平均 ${report.centerRate}`}
      >
        内部人员监测
      </PageTitle>
      <RiskNav current="/risk/insiders" />
      <div className="space-y-6">
        <Card
          id="rule"
          title="异常判定规则"
          actions={
            <FilterBar action="/risk/insiders" label="统计区间">
              <FilterInput name="since" label="统计起始日" type="date" defaultValue={report.since} />
            </FilterBar>
          }
        >
          <p className="text-sm text-slate-700">
            经办人员经办的业务（窗口开立的办件与窗口受理的提取申请）中，风险预警数 ÷ 经办件数
            为该人员的预警率。同时满足以下条件的列为异常：经办不少于 {t.MIN_HANDLED} 件，预警不少于 {t.MIN_FLAGS}{" "}
            条，且预警率不低于全中心平均预警率的 {t.RATIO} 倍。
          </p>
        </Card>
        <Card id="staff" title={`经办人员（异常 ${unusual} 人）`}>
          <DataTable
            caption="经办人员风险预警统计"
            rows={report.rows}
            rowKey={(r) => r.userId}
            empty="统计区间内没有经办记录"
            columns={[
              { header: "经办人员", cell: (r) => r.name },
              { header: "经办件数", cell: (r) => r.handled, align: "right" },
              { header: "预警条数", cell: (r) => r.flags, align: "right" },
              { header: "预警率", cell: (r) => r.rate, align: "right" },
              { header: "相对全中心", cell: (r) => r.ratio, align: "right" },
              { header: "预警类型", cell: (r) => r.kinds },
              { header: "判定", cell: (r) => (r.unusual ? <Badge tone="bad">异常</Badge> : <Badge>正常</Badge>) },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
