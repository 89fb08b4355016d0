import Link from "next/link";
import type { WithdrawalRowDto } from "@/lib/withdrawals/queries";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";

const TONE = { SUBMITTED: "info", HELD: "bad", APPROVED: "warn", REJECTED: "bad", PAID: "good" } as const;

/** Withdrawals with status and the decision deadline; late ones flagged. Staff rows link to review. */
export function WithdrawalTable({
  rows,
  caption,
  empty,
  staff = false,
}: {
  rows: WithdrawalRowDto[];
  caption: string;
  empty: string;
  staff?: boolean;
}) {
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.id}
      empty={empty}
      columns={[
        {
          header: "申请编号",
          cell: (r) =>
            staff ? (
              <Link href={`/window/withdrawals/${r.id}`} className="text-sky-700 underline">
                {r.withdrawalNo}
              </Link>
            ) : (
              r.withdrawalNo
            ),
        },
        ...(staff
          ? [
              { header: "申请人", cell: (r: WithdrawalRowDto) => r.holderName },
              { header: "渠道", cell: (r: WithdrawalRowDto) => r.channel },
            ]
          : []),
        { header: "提取原因", cell: (r) => r.reason },
        { header: "金额", cell: (r) => r.amount, align: "right" as const },
        { header: "申请时间", cell: (r) => r.submittedAt },
        { header: "办结时限", cell: (r) => (r.late ? <Badge tone="bad">{r.decideBy} 已超时</Badge> : r.decideBy) },
        { header: "状态", cell: (r) => <Badge tone={TONE[r.status]}>{r.statusLabel}</Badge> },
      ]}
    />
  );
}
