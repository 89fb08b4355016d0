import { DataTable } from "@/components/ui/data-table";
import type { CitizenInstallmentDto } from "@/lib/loans/queries";

/** A loan's repayment periods as the citizen sees them (the loan page's next periods, or the whole schedule). */
export function InstallmentTable({ caption, rows, empty }: { caption: string; rows: CitizenInstallmentDto[]; empty: string }) {
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(r) => String(r.seq)}
      empty={empty}
      columns={[
        { header: "期次", cell: (r) => r.seq, align: "right" },
        { header: "还款日", cell: (r) => r.dueDate },
        { header: "月供", cell: (r) => r.payment, align: "right" },
        { header: "本金", cell: (r) => r.principal, align: "right" },
        { header: "利息", cell: (r) => r.interest, align: "right" },
        { header: "剩余本金", cell: (r) => r.balanceAfter, align: "right" },
        { header: "状态", cell: (r) => r.statusLabel },
      ]}
    />
  );
}
