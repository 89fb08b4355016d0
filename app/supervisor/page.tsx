import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { listFollowUpTasks, type FollowUpTaskDto } from "@/lib/followups/queries";
import { FOLLOW_UP_KIND_LABELS } from "@/lib/followups/labels";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { EscalateButton } from "@/components/followups/reply-form";
import { escalateSlaAction } from "@/app/supervisor/actions";

export const metadata: Metadata = { title: "值班长工作台" };

const what = (t: FollowUpTaskDto) =>
  t.kind === "BAD_RATING"
    ? `${t.score ?? "—"}分${t.comment ? `：${t.comment}` : ""}`
    : `${t.stageLabel ?? ""}超过 ${t.slaMinutes ?? "—"} 分钟时限`;

export default async function SupervisorPage() {
  const user = await requireRole("SUPERVISOR");
  const [open, closed] = await Promise.all([
    listFollowUpTasks("OPEN", new Date(), 100, user.id),
    listFollowUpTasks("CLOSED", new Date(), 20, user.id),
  ]);
  return (
    <>
      <PageTitle subtitle="差评回访（2个工作日内答复）与超时督办">值班长工作台</PageTitle>
      <div className="space-y-6">
        <p className="text-sm">
          <Link className="text-sky-700 underline" href="/dashboard">
            中心运行看板（窗口与柜员服务指标、月度报告）
          </Link>
        </p>
        <Card id="open" title={`待办任务（${open.length}）`}>
          <p className="mb-3 text-sm text-slate-600">
            这里列出您值班窗口的任务；未设值班长的窗口和网上办件的任务，所有值班长均可见、均可处理（值班窗口由系统管理员在“服务窗口”中设置）。
          </p>
          <DataTable
            caption="待办任务"
            rows={open}
            rowKey={(t) => t.id}
            empty="当前没有待办任务"
            columns={[
              {
                header: "任务",
                cell: (t) => (
                  <Link className="text-sky-700 underline" href={`/supervisor/tasks/${t.id}`}>
                    {FOLLOW_UP_KIND_LABELS[t.kind]} · {t.caseNo}
                  </Link>
                ),
              },
              { header: "市民", cell: (t) => t.depositorName },
              {
                header: "窗口",
                cell: (t) =>
                  t.windowNo
                    ? `${t.windowNo}号${t.windowSupervisors.length === 0 ? "（未设值班长，所有值班长可见）" : ""}`
                    : "网上（所有值班长可见）",
              },
              { header: "内容", cell: what },
              { header: "办结时限", cell: (t) => (t.overdue ? <Badge tone="bad">{`${t.dueOn} 已逾期`}</Badge> : t.dueOn) },
            ]}
          />
        </Card>
        <Card id="escalate" title="超时督办">
          <p className="mb-3 text-sm text-slate-600">审批、复核超过时限（按工作日计时）的办件转为督办任务；同一超时只生成一次。</p>
          <EscalateButton escalateAction={escalateSlaAction} />
        </Card>
        <Card id="closed" title="近期办结">
          <DataTable
            caption="近期办结的任务"
            rows={closed}
            rowKey={(t) => t.id}
            empty="暂无办结记录"
            columns={[
              { header: "任务", cell: (t) => `${FOLLOW_UP_KIND_LABELS[t.kind]} · ${t.caseNo}` },
              { header: "内容", cell: what },
              { header: "答复", cell: (t) => t.reply ?? "—" },
              { header: "办结", cell: (t) => `${t.closedByName ?? "—"} ${t.closedAt ?? ""}` },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
