import type { RepaymentDto } from "@/lib/servicing/use-cases/repayment-dto";
import { DataTable } from "@/components/ui/data-table";
import { displayYuan } from "@/lib/money";

/** The last repayments, each with what it settled bucket by bucket (还款冲抵明细). */
export function RepaymentHistory({ rows, highlight }: { rows: RepaymentDto[]; highlight?: string }) {
  return (
    <DataTable
      caption="还款记录"
      rows={rows}
      rowKey={(r) => r.repaymentNo}
      empty="暂无还款记录"
      columns={[
        { header: "日期", cell: (r) => r.businessDate },
        { header: "流水号", cell: (r) => (r.repaymentNo === highlight ? <strong>{r.repaymentNo}</strong> : r.repaymentNo) },
        { header: "方式", cell: (r) => `${r.kindLabel}（${r.sourceLabel}）` },
        { header: "金额", cell: (r) => displayYuan(r.amount), align: "right" },
        {
          header: "冲抵明细",
          cell: (r) =>
            r.allocation.length ? (
              <ul className="space-y-0.5">
                {r.allocation.map((l) => (
                  <li key={l.bucket}>
                    {l.label} {displayYuan(l.amount)}
                  </li>
                ))}
              </ul>
            ) : (
              "—"
            ),
        },
      ]}
    />
  );
}
