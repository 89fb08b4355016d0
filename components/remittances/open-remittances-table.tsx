import type { StaffRemittanceDto } from "@/lib/remittances/queries";
import { DataTable } from "@/components/ui/data-table";

/** Remittances not yet credited, with the back-payment reason and the last mismatch reason. */
export function OpenRemittancesTable({ rows, caption, empty }: { rows: StaffRemittanceDto[]; caption: string; empty: string }) {
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.id}
      empty={empty}
      columns={[
        { header: "单位", cell: (r) => r.employerName },
        { header: "汇缴月份", cell: (r) => r.month },
        { header: "人数", cell: (r) => r.rowCount, align: "right" },
        { header: "应缴合计", cell: (r) => r.total, align: "right" },
        { header: "付款附言", cell: (r) => <span className="font-mono text-xs">{r.paymentReference ?? "—"}</span> },
        { header: "状态", cell: (r) => r.statusLabel },
        { header: "补缴原因", cell: (r) => r.backPayReason ?? "—" },
        { header: "未入账原因", cell: (r) => <span className="text-xs">{r.note ?? "—"}</span> },
        { header: "提交时间", cell: (r) => r.postedAt },
      ]}
    />
  );
}
