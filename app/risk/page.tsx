import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { getOverdueSummary, listOverdueLoans } from "@/lib/loans/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { Facts } from "@/components/ui/facts";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";

export const metadata: Metadata = { title: "风险管理" };

export default async function RiskHome() {
  await requireRole("RISK_OFFICER", "ADMIN");
  const [summary, overdue] = await Promise.all([getOverdueSummary(), listOverdueLoans()]);

  return (
    <>
      <PageTitle subtitle="逾期贷款监测与催收">风险管理</PageTitle>
      <div className="space-y-6">
        <Card id="summary" title="逾期概况">
          <Facts
            items={[
              { label: "逾期贷款笔数", value: `${summary.overdueCount} 笔` },
              { label: "在还贷款笔数", value: `${summary.repayingCount} 笔` },
              { label: "逾期率", value: summary.overdueRate },
              { label: "逾期贷款剩余本金", value: summary.overdueOutstanding },
            ]}
          />
        </Card>
        <Card id="overdue" title="逾期贷款">
          <DataTable
            caption="逾期贷款列表"
            rows={overdue}
            rowKey={(r) => r.id}
            empty="目前没有逾期贷款"
            columns={[
              { header: "贷款编号", cell: (r) => r.loanNo },
              { header: "借款人", cell: (r) => r.borrowerName },
              {
                header: "逾期期数",
                cell: (r) => <Badge tone={r.overduePeriods >= 3 ? "bad" : "warn"}>{r.overduePeriods} 期</Badge>,
                align: "right",
              },
              { header: "剩余本金", cell: (r) => r.outstanding, align: "right" },
              { header: "贷款金额", cell: (r) => r.principal, align: "right" },
              { header: "首次还款日", cell: (r) => r.firstDueDate ?? "—" },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
