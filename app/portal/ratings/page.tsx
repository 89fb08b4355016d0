import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { listRateableCases } from "@/lib/followups/queries";
import { SCORE_LABELS } from "@/lib/followups/labels";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { RatingForm } from "@/components/followups/rating-form";
import { rateCaseAction } from "@/app/portal/ratings/actions";

export const metadata: Metadata = { title: "办件评价" };

export default async function RatingsPage() {
  const user = await requireRole("CITIZEN");
  const cases = user.depositorId ? await listRateableCases(user.depositorId) : [];
  return (
    <>
      <PageTitle subtitle="每笔办结的办件可评价一次；不满意的评价由值班长在2个工作日内回访答复">办件评价（好差评）</PageTitle>
      <div className="space-y-4">
        {cases.length === 0 ? <p className="text-sm text-slate-600">暂无已办结的办件。</p> : null}
        {cases.map((c) => (
          <Card key={c.caseId} id={`case-${c.caseNo}`} title={`办件 ${c.caseNo}`}>
            <p className="mb-3 text-sm text-slate-600">
              {c.channel === "ONLINE" ? "网上办理" : `${c.windowNo ?? "—"}号窗口`} · 办结于 {c.closedAt}
            </p>
            {c.rating ? (
              <div className="space-y-2 text-sm">
                <p>
                  您的评价：
                  <strong>
                    {c.rating.score}分 {SCORE_LABELS[c.rating.score as 1 | 2 | 3 | 4 | 5]}
                  </strong>
                  （{c.rating.ratedAt}）{c.rating.comment ? `：${c.rating.comment}` : ""}
                </p>
                {c.rating.reply ? (
                  <p className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2">
                    值班长答复（{c.rating.repliedAt}）：{c.rating.reply}
                  </p>
                ) : c.rating.replyDueOn ? (
                  <p role="status" className="text-slate-700">
                    感谢您的评价。值班长正在处理您的意见，将在 {c.rating.replyDueOn} 前答复。
                  </p>
                ) : null}
              </div>
            ) : (
              <RatingForm caseId={c.caseId} caseNo={c.caseNo} rateAction={rateCaseAction} />
            )}
          </Card>
        ))}
      </div>
    </>
  );
}
