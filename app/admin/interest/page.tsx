import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { todayInShanghai } from "@/lib/dates/calendar";
import { listInterestSettlements } from "@/lib/interest/queries";
import { latestDueYearEnd } from "@/lib/interest/accumulation";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { InterestForm } from "@/components/admin/interest-form";
import { settleInterestAction } from "@/app/admin/interest/actions";

export const metadata: Metadata = { title: "年度结息" };

export default async function InterestPage() {
  await requireRole("ADMIN");
  const settlements = await listInterestSettlements();
  const suggestedYearEnd = latestDueYearEnd(todayInShanghai());

  return (
    <>
      <PageTitle subtitle="每年6月30日按日积数计息，结息入账后不可重复">年度结息</PageTitle>
      <div className="space-y-6">
        <Card id="settle" title="执行结息">
          <InterestForm settleInterestAction={settleInterestAction} suggestedYearEnd={suggestedYearEnd} />
        </Card>
        <Card id="history" title="结息记录">
          <DataTable
            caption="结息记录"
            rows={settlements}
            rowKey={(s) => s.id}
            empty="尚无结息记录"
            columns={[
              { header: "年度", cell: (s) => s.period },
              { header: "年利率", cell: (s) => s.ratePercent, align: "right" },
              { header: "账户数", cell: (s) => s.accountCount, align: "right" },
              { header: "利息合计", cell: (s) => s.totalInterest, align: "right" },
              { header: "入账时间", cell: (s) => s.postedAt },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
