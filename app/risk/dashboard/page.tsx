import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import {
  agingBucketFigures,
  collectorFigures,
  dailyOverdueTrend,
  liveOverdueRate,
  monthlyOverdueTrend,
} from "@/lib/collections/dashboard-queries";
import { displayYuan } from "@/lib/money";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { Facts } from "@/components/ui/facts";
import { DataTable } from "@/components/ui/data-table";
import { OverdueTrend } from "@/components/collections/overdue-trend";

export const metadata: Metadata = { title: "逾期率看板" };

export default async function RiskDashboardPage() {
  await requireRole("RISK_OFFICER", "ADMIN");
  const now = new Date();
  const rate = await liveOverdueRate();
  const [buckets, daily, monthly, collectors] = await Promise.all([
    agingBucketFigures(rate),
    dailyOverdueTrend(now),
    monthlyOverdueTrend(now),
    collectorFigures(now),
  ]);

  return (
    <>
      <PageTitle subtitle="逾期率 = 逾期贷款本金余额 ÷ 全部贷款本金余额">逾期率看板</PageTitle>
      <div className="space-y-6">
        <Card id="live" title="逾期率（实时）">
          <Facts
            items={[
              { label: "逾期率", value: `${rate.ratePercent}%` },
              { label: "逾期贷款本金余额", value: displayYuan(rate.overduePrincipal) },
              { label: "贷款本金余额合计", value: displayYuan(rate.totalPrincipal) },
              { label: "逾期贷款 / 在还贷款", value: `${rate.overdueLoanCount} / ${rate.loanCount} 笔` },
              { label: "逾期借款人", value: `${rate.overdueBorrowerCount} 人` },
            ]}
          />
        </Card>

        <Card id="aging" title="账龄分布">
          <DataTable
            caption="按逾期期数的账龄分布"
            rows={buckets}
            rowKey={(b) => b.bucket}
            empty="没有逾期贷款"
            columns={[
              { header: "账龄", cell: (b) => b.label },
              { header: "贷款笔数", cell: (b) => `${b.loans} 笔`, align: "right" },
              { header: "本金余额", cell: (b) => displayYuan(b.principal), align: "right" },
              { header: "占逾期余额", cell: (b) => `${b.shareOfOverdue}%`, align: "right" },
              { header: "占全部余额", cell: (b) => `${b.shareOfTotal}%`, align: "right" },
            ]}
          />
        </Card>

        <Card id="daily" title="逾期率趋势（按日，近60天）">
          <OverdueTrend title="按日逾期率" points={daily} labelOf={(d) => d.slice(5)} />
        </Card>

        <Card id="monthly" title="逾期率趋势（按月末，近12个月）">
          <OverdueTrend title="按月逾期率" points={monthly} labelOf={(d) => d.slice(0, 7)} />
        </Card>

        <Card id="collectors" title="清收人员（近30天联系与承诺）">
          <DataTable
            caption="清收人员业绩"
            rows={collectors}
            rowKey={(c) => c.collectorId ?? "unassigned"}
            empty="没有风控专员"
            columns={[
              { header: "清收人员", cell: (c) => c.name ?? "未分配" },
              { header: "在办案件", cell: (c) => `${c.openCases} 件`, align: "right" },
              { header: "逾期本金", cell: (c) => displayYuan(c.overduePrincipal), align: "right" },
              { header: "贷款余额", cell: (c) => displayYuan(c.loanBalance), align: "right" },
              { header: "联系次数", cell: (c) => (c.collectorId ? `${c.contacts} 次` : "—"), align: "right" },
              { header: "承诺已兑现", cell: (c) => (c.collectorId ? c.promisesKept : "—"), align: "right" },
              { header: "承诺未兑现", cell: (c) => (c.collectorId ? c.promisesBroken : "—"), align: "right" },
              { header: "待兑现", cell: (c) => (c.collectorId ? c.promisesPending : "—"), align: "right" },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
