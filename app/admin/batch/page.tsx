import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { todayInShanghai } from "@/lib/dates/calendar";
import { getBatchStatus, listBatchRuns } from "@/lib/servicing/batch/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { BatchRunner } from "@/components/admin/batch-runner";

export const metadata: Metadata = { title: "日终批处理" };

function yesterdayInShanghai(): string {
  const d = new Date(`${todayInShanghai()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export default async function BatchPage() {
  await requireRole("ADMIN");
  const defaultDate = yesterdayInShanghai();
  const [runs, initial] = await Promise.all([listBatchRuns(), getBatchStatus(defaultDate)]);

  return (
    <>
      <PageTitle subtitle="一天一销号：计收罚息 → 公积金委托扣划 → 银行卡代扣 → 按冲抵顺序入账 → 逾期标记 → 结清解押 → 清收台账 → 逾期统计">日终批处理</PageTitle>
      <div className="space-y-6">
        <Card id="run" title="执行批处理">
          <BatchRunner defaultDate={defaultDate} initial={initial} />
        </Card>
        <Card id="runs" title="最近批处理记录">
          <DataTable
            caption="最近批处理记录"
            rows={runs}
            rowKey={(r) => r.businessDate}
            empty="尚无批处理记录"
            columns={[
              { header: "营业日期", cell: (r) => r.businessDate },
              { header: "状态", cell: (r) => (r.status === "COMPLETED" ? <Badge tone="good">已完成</Badge> : <Badge tone="warn">未完成 {r.step}</Badge>) },
              { header: "罚息笔数", cell: (r) => r.penaltyPostings, align: "right" },
              { header: "扣款笔数", cell: (r) => r.repayments, align: "right" },
              { header: "扣款金额", cell: (r) => r.collected, align: "right" },
              { header: "代扣失败", cell: (r) => r.bankFailed, align: "right" },
              { header: "立案/销号", cell: (r) => `${r.casesOpened}/${r.casesClosed}`, align: "right" },
              { header: "结清", cell: (r) => r.loansPaidOff, align: "right" },
              { header: "开始", cell: (r) => r.startedAt },
              { header: "完成", cell: (r) => r.finishedAt ?? "—" },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
