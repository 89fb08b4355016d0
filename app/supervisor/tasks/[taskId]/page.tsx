import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { getFollowUpTask } from "@/lib/followups/queries";
import { FOLLOW_UP_KIND_LABELS, FOLLOW_UP_STATUS_LABELS } from "@/lib/followups/labels";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { Facts } from "@/components/ui/facts";
import { Badge } from "@/components/ui/badge";
import { ReplyForm } from "@/components/followups/reply-form";
import { replyFollowUpAction } from "@/app/supervisor/actions";

export const metadata: Metadata = { title: "回访任务" };

export default async function TaskPage({ params }: { params: Promise<{ taskId: string }> }) {
  const user = await requireRole("SUPERVISOR");
  // Another window's supervisors' task is not found here (the reply is refused on the server too).
  const task = await getFollowUpTask((await params).taskId, new Date(), user.id);
  if (!task) notFound();
  return (
    <>
      <PageTitle subtitle={`办件 ${task.caseNo} · ${task.depositorName}`}>{FOLLOW_UP_KIND_LABELS[task.kind]}</PageTitle>
      <div className="space-y-6">
        <Card id="task" title="任务">
          <Facts
            items={[
              {
                label: "状态",
                value: <Badge tone={task.status === "OPEN" ? "warn" : "good"}>{FOLLOW_UP_STATUS_LABELS[task.status]}</Badge>,
              },
              { label: "窗口", value: task.windowNo ? `${task.windowNo}号窗口` : "网上办理" },
              {
                label: "值班长",
                value: task.windowSupervisors.length > 0 ? task.windowSupervisors.join("、") : "该窗口未设值班长，所有值班长均可处理",
              },
              ...(task.kind === "BAD_RATING"
                ? [
                    { label: "评分", value: `${task.score ?? "—"}分` },
                    { label: "市民意见", value: task.comment ?? "（未填写）" },
                  ]
                : [{ label: "超时环节", value: `${task.stageLabel ?? "—"}（时限 ${task.slaMinutes ?? "—"} 分钟）` }]),
              { label: "生成时间", value: task.createdAt },
              { label: "办结时限", value: task.overdue ? `${task.dueOn}（已逾期）` : task.dueOn },
              ...(task.reply ? [{ label: "答复", value: `${task.reply}（${task.closedByName ?? "—"}，${task.closedAt ?? ""}）` }] : []),
            ]}
          />
        </Card>
        {task.status === "OPEN" ? (
          <Card id="reply" title="回复并办结">
            <ReplyForm taskId={task.id} replyAction={replyFollowUpAction} />
          </Card>
        ) : null}
        <p className="text-sm">
          <Link className="text-sky-700 underline" href="/supervisor">
            返回值班长工作台
          </Link>
        </p>
      </div>
    </>
  );
}
