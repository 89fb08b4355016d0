import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { getDashboard } from "@/lib/dashboard/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { getKpiReport, recentPeriod } from "@/lib/dashboard/kpi-queries";
import { KpiTables } from "@/components/dashboard/kpi-tables";
import { EscalateButton } from "@/components/followups/reply-form";
import { escalateSlaAction } from "@/app/supervisor/actions";
import { todayInShanghai, addMonthsClamped } from "@/lib/dates/calendar";

export const metadata: Metadata = { title: "中心运行看板" };

export default async function DashboardPage() {
  const user = await requireRole("ADMIN", "REVIEWER", "SUPERVISOR");
  const period = recentPeriod();
  const [d, kpi] = await Promise.all([getDashboard(), getKpiReport(period.from, period.to)]);
  const thisMonth = todayInShanghai().slice(0, 7);
  const lastMonth = addMonthsClamped(`${thisMonth}-01`, -1).slice(0, 7);
  const max = Math.max(1, ...d.perWindow.map((w) => w.cases));
  return (
    <>
      <AutoRefresh seconds={30} />
      <PageTitle subtitle={`${d.today} · 今日办件 ${d.casesToday} 件 · 时长统计近 ${d.windowDays} 天`}>中心运行看板</PageTitle>
      <div className="space-y-6">
        <Card id="windows" title="今日各窗口办件量">
          <ul className="space-y-1.5" aria-label="各窗口办件量">
            {d.perWindow.map((w) => (
              <li key={w.windowNo} className="flex items-center gap-3 text-sm">
                <span className="w-16 shrink-0">{w.windowNo}号窗口</span>
                <span
                  aria-hidden
                  className="h-3 rounded bg-sky-600"
                  style={{ width: `${(w.cases / max) * 60}%`, minWidth: w.cases ? 4 : 0 }}
                />
                <span className="tabular-nums">{w.cases} 件</span>
              </li>
            ))}
          </ul>
        </Card>
        <Card id="medians" title="各阶段用时中位数（分钟）">
          <p className="mb-3 text-sm text-slate-700">
            整件（开办至放款）中位数：<strong className="text-lg">{d.wholeCase.medianMinutes}</strong> 分钟（{d.wholeCase.samples} 件，目标
            19 分钟）
          </p>
          <DataTable
            caption="各阶段用时中位数"
            rows={d.stageMedians}
            rowKey={(r) => r.stage}
            empty="暂无数据"
            columns={[
              { header: "阶段", cell: (r) => r.label },
              { header: "中位数（分钟）", cell: (r) => r.medianMinutes, align: "right" },
              { header: "样本数", cell: (r) => r.samples, align: "right" },
            ]}
          />
        </Card>
        <Card id="kpi" title={`窗口与柜员服务指标（近 30 天办结，${kpi.from} 至今）`}>
          <KpiTables report={kpi} />
          <p className="mt-4 flex flex-wrap gap-4 text-sm">
            <a className="text-sky-700 underline" href={`/dashboard/report?month=${lastMonth}`}>
              下载{lastMonth}月度报告（PDF）
            </a>
            <a className="text-sky-700 underline" href={`/dashboard/report?month=${thisMonth}`}>
              下载本月（{thisMonth}）截至目前的报告（PDF）
            </a>
          </p>
        </Card>
        <Card id="breaches" title={`超时办件（${d.breaches.length}）· 审批时限 ${d.sla.review} 分钟，复核时限 ${d.sla.recheck} 分钟`}>
          <DataTable
            caption="超出时限的办件"
            rows={d.breaches}
            rowKey={(r) => `${r.caseId}-${r.stageLabel}`}
            empty="当前没有超时办件"
            columns={[
              {
                header: "办件编号",
                cell: (r) =>
                  user.roles.includes("REVIEWER") ? (
                    <Link className="text-sky-700 underline" href={`/review/cases/${r.caseId}`}>
                      {r.caseNo}
                    </Link>
                  ) : (
                    r.caseNo
                  ),
              },
              { header: "申请人", cell: (r) => r.depositorName },
              { header: "阶段", cell: (r) => r.stageLabel },
              {
                header: "已等待",
                cell: (r) => (
                  <span className="text-red-700">
                    {r.minutes} 分钟 <Badge tone="bad">已超时</Badge>
                  </span>
                ),
                align: "right",
              },
              { header: "时限", cell: (r) => `${r.limit} 分钟`, align: "right" },
            ]}
          />
          {user.roles.some((r) => r === "ADMIN" || r === "SUPERVISOR") ? (
            <div className="mt-4">
              <p className="mb-2 text-sm text-slate-600">超时按工作日计时；督办任务进入值班长工作台，同一超时只生成一次。</p>
              <EscalateButton escalateAction={escalateSlaAction} />
            </div>
          ) : null}
        </Card>
      </div>
    </>
  );
}
