import type { ReactNode } from "react";
import type { TransferRowDto } from "@/lib/transfers/queries";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";

const TONE = { SUBMITTED: "info", REQUESTED: "warn", REJECTED: "bad", REFUSED: "bad", COMPLETED: "good" } as const;

/** Transfers with their state, the amount moved (with the closing interest) and the months carried. */
export function TransferTable({
  rows,
  caption,
  empty,
  staff = false,
  actions,
}: {
  rows: TransferRowDto[];
  caption: string;
  empty: string;
  staff?: boolean;
  actions?: (row: TransferRowDto) => ReactNode;
}) {
  const columns: Column<TransferRowDto>[] = [
    { header: "业务编号", cell: (r) => r.transferNo },
    ...(staff ? [{ header: "职工", cell: (r: TransferRowDto) => r.holderName }] : []),
    { header: "类型", cell: (r) => r.directionLabel },
    { header: "对方中心", cell: (r) => r.otherCenterName },
    { header: "状态", cell: (r) => <Badge tone={TONE[r.status]}>{r.statusLabel}</Badge> },
    { header: "金额（元）", align: "right", cell: (r) => r.amount ?? "—" },
    { header: "其中销户结息", align: "right", cell: (r) => r.closingInterest ?? "—" },
    { header: "缴存月数", align: "right", cell: (r) => (r.months === null ? "—" : String(r.months)) },
    { header: "申请时间", cell: (r) => r.submittedAt },
    { header: "说明", cell: (r) => r.note ?? "" },
    ...(actions ? [{ header: "办理", cell: actions }] : []),
  ];
  return <DataTable caption={caption} rows={rows} rowKey={(r) => r.id} empty={empty} columns={columns} />;
}
