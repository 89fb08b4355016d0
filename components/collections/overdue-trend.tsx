import type { TrendPoint } from "@/lib/collections/dashboard-queries";
import { displayYuan } from "@/lib/money";
import { LineChart } from "@/components/charts/line-chart";
import { DataTable } from "@/components/ui/data-table";

/** A trend of the overdue rate: the SVG line chart, and its figures as a table (newest first) under a disclosure. */
export function OverdueTrend({ title, points, labelOf }: { title: string; points: TrendPoint[]; labelOf: (date: string) => string }) {
  return (
    <div className="space-y-3">
      <LineChart
        title={title}
        unit="%"
        points={points.map((p) => ({ label: labelOf(p.date), value: Number(p.ratePercent), display: `${p.ratePercent}%` }))}
      />
      {points.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-sm text-sky-800">查看数据</summary>
          <DataTable
            caption={`${title}数据`}
            rows={[...points].reverse()}
            rowKey={(p) => p.date}
            empty="暂无数据"
            columns={[
              { header: "日期", cell: (p) => p.date },
              { header: "逾期率", cell: (p) => `${p.ratePercent}%`, align: "right" },
              { header: "逾期本金余额", cell: (p) => displayYuan(p.overduePrincipal), align: "right" },
              { header: "贷款本金余额", cell: (p) => displayYuan(p.totalPrincipal), align: "right" },
              { header: "逾期贷款", cell: (p) => `${p.overdueLoanCount} 笔`, align: "right" },
              { header: "逾期借款人", cell: (p) => `${p.overdueBorrowerCount} 人`, align: "right" },
            ]}
          />
        </details>
      ) : null}
    </div>
  );
}
