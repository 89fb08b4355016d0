import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { todayInShanghai } from "@/lib/dates/calendar";
import { getBatchSchedule, getBatchStatus, listBatchRuns, type BatchScheduleView } from "@/lib/servicing/batch/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { BatchRunner } from "@/components/admin/batch-runner";
import { BatchScheduleForm } from "@/components/admin/batch-schedule-form";
import { Facts } from "@/components/ui/facts";
import { batchStatusAction, saveBatchScheduleAction, startBatchAction } from "@/app/admin/batch/actions";

export const metadata: Metadata = { title: "日终批处理" };

const OUTCOME: Record<NonNullable<BatchScheduleView["last"]>["outcome"], { tone: "good" | "warn" | "bad"; text: string }> = {
  COMPLETED: { tone: "good", text: "已完成" },
  RUNNING: { tone: "warn", text: "执行中" },
  FAILED: { tone: "bad", text: "执行失败" },
  INTERRUPTED: { tone: "warn", text: "已中断，待续跑" },
};

function LastRun({ last }: { last: BatchScheduleView["last"] }) {
  if (!last) return <>尚无批处理记录</>;
  const outcome = OUTCOME[last.outcome];
  return (
    <span className="space-x-2">
      <span>{last.businessDate}</span>
      <Badge tone={outcome.tone}>{outcome.text}</Badge>
      <span className="block text-sm font-normal text-slate-600">
        开始 {last.startedAt} · 完成 {last.finishedAt ?? "—"}
      </span>
      {last.error ? <span className="block text-sm font-normal text-red-700">{last.error}</span> : null}
    </span>
  );
}

function NextRun({ next }: { next: BatchScheduleView["next"] }) {
  if (next.pending > 0) {
    return (
      <span>
        {next.businessDate}
        <span className="block text-sm font-normal text-slate-600">待补跑 {next.pending} 天，自动执行将在一分钟内按日期顺序开始</span>
      </span>
    );
  }
  return (
    <span>
      {next.at}（北京时间）
      <span className="block text-sm font-normal text-slate-600">营业日期 {next.businessDate}</span>
    </span>
  );
}

function yesterdayInShanghai(): string {
  const d = new Date(`${todayInShanghai()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export default async function BatchPage() {
  await requireRole("ADMIN");
  const defaultDate = yesterdayInShanghai();
  const [runs, initial, schedule] = await Promise.all([listBatchRuns(), getBatchStatus(defaultDate), getBatchSchedule()]);

  return (
    <>
      <PageTitle subtitle="一天一销号：计收罚息 → 公积金委托扣划 → 银行卡代扣 → 按冲抵顺序入账 → 逾期标记 → 结清解押 → 清收台账 → 逾期统计">
        日终批处理
      </PageTitle>
      <div className="space-y-6">
        <Card id="schedule" title="自动执行">
          <div className="space-y-4">
            <Facts
              items={[
                {
                  label: "自动执行",
                  value:
                    schedule.schedulers > 0 ? (
                      <Badge tone="good">运行中</Badge>
                    ) : (
                      <span>
                        <Badge tone="warn">未运行</Badge>
                        <span className="block text-sm font-normal text-slate-600">由 npm start 启动；HPF_BATCH_SCHEDULER=off 时关闭</span>
                      </span>
                    ),
                },
                { label: "上次执行", value: <LastRun last={schedule.last} /> },
                { label: "下次执行", value: <NextRun next={schedule.next} /> },
              ]}
            />
            <BatchScheduleForm saveBatchScheduleAction={saveBatchScheduleAction} time={schedule.time} />
          </div>
        </Card>
        <Card id="run" title="执行批处理">
          <BatchRunner
            startBatchAction={startBatchAction}
            batchStatusAction={batchStatusAction}
            defaultDate={defaultDate}
            initial={initial}
          />
        </Card>
        <Card id="runs" title="最近批处理记录">
          <DataTable
            caption="最近批处理记录"
            rows={runs}
            rowKey={(r) => r.businessDate}
            empty="尚无批处理记录"
            columns={[
              { header: "营业日期", cell: (r) => r.businessDate },
              {
                header: "状态",
                cell: (r) => (r.status === "COMPLETED" ? <Badge tone="good">已完成</Badge> : <Badge tone="warn">未完成 {r.step}</Badge>),
              },
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
