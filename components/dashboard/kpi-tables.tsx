import { DataTable } from "@/components/ui/data-table";
import type { KpiReportDto } from "@/lib/dashboard/kpi-queries";
import type { KpiRow } from "@/lib/dashboard/kpi-rules";

const figures = <T extends KpiRow>() => [
  { header: "办件量", cell: (r: T) => r.cases, align: "right" as const },
  { header: "用时中位数（分钟）", cell: (r: T) => r.medianMinutes, align: "right" as const },
  { header: "办结成功率", cell: (r: T) => (r.successRate === "—" ? "—" : `${r.successRate}%`), align: "right" as const },
  { header: "平均满意度（评价数）", cell: (r: T) => `${r.satisfaction}（${r.ratings}）`, align: "right" as const },
];

/** Per window and per teller: cases closed, median minutes accepted → closed, success rate, satisfaction. */
export function KpiTables({ report }: { report: KpiReportDto }) {
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        合计办结 <strong>{report.total.cases}</strong> 件，用时中位数 <strong>{report.total.medianMinutes}</strong> 分钟，成功率{" "}
        <strong>{report.total.successRate}%</strong>，平均满意度 <strong>{report.total.satisfaction}</strong>（{report.total.ratings}{" "}
        条评价，差评 {report.badRatings} 条）；回访督办新增 {report.followUps.opened} 件、办结 {report.followUps.closed} 件。
      </p>
      <DataTable
        caption="各窗口服务指标"
        rows={report.perWindow}
        rowKey={(r) => String(r.windowNo)}
        empty="暂无窗口"
        columns={[{ header: "窗口", cell: (r) => `${r.windowNo}号窗口` }, ...figures<(typeof report.perWindow)[number]>()]}
      />
      <DataTable
        caption="各柜员服务指标"
        rows={report.perTeller}
        rowKey={(r) => r.loginName}
        empty="暂无柜员"
        columns={[{ header: "柜员", cell: (r) => `${r.displayName}（${r.loginName}）` }, ...figures<(typeof report.perTeller)[number]>()]}
      />
    </div>
  );
}
