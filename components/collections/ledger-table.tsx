import Link from "next/link";
import type { LedgerRowDto } from "@/lib/collections/ledger-queries";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";

const PROMISE_TONE = { PENDING: "info", KEPT: "good", BROKEN: "bad" } as const;

/** The ledger's rows: one collection case each, its loan number linking to the case page. */
export function LedgerTable({ rows }: { rows: LedgerRowDto[] }) {
  return (
    <DataTable
      caption="逾期贷款清收台账"
      rows={rows}
      rowKey={(r) => r.caseId}
      empty="没有符合条件的清收案件"
      columns={[
        {
          header: "贷款编号",
          cell: (r) => (
            <Link href={`/risk/collections/${r.caseId}`} className="font-medium text-sky-800 underline">
              {r.loanNo}
            </Link>
          ),
        },
        { header: "借款人", cell: (r) => r.borrowerName },
        {
          header: "逾期期数（连续）",
          cell: (r) =>
            r.open ? (
              <Badge tone={r.bucket === "1" ? "warn" : "bad"}>
                {r.overduePeriods} 期（连续 {r.consecutiveOverduePeriods}）
              </Badge>
            ) : (
              <Badge tone="good">{r.statusLabel}</Badge>
            ),
        },
        { header: "逾期本息", cell: (r) => r.overdueAmount ?? "—", align: "right" },
        { header: "罚息", cell: (r) => r.penaltyOwed ?? "—", align: "right" },
        { header: "逾期天数", cell: (r) => (r.daysOverdue === null ? "—" : `${r.daysOverdue} 天`), align: "right" },
        { header: "清收人员", cell: (r) => r.collectorName ?? <Badge tone="warn">未分配</Badge> },
        { header: "立案日期", cell: (r) => (r.closedOn ? `${r.openedOn}（${r.closedOn} 销号）` : r.openedOn) },
        { header: "建议措施", cell: (r) => r.nextAction ?? "—" },
        { header: "最近联系", cell: (r) => (r.lastContact ? `${r.lastContact.at} ${r.lastContact.kindLabel}` : "—") },
        {
          header: "承诺还款",
          cell: (r) =>
            r.promise ? (
              <span>
                {r.promise.date} {r.promise.amount} <Badge tone={PROMISE_TONE[r.promise.state]}>{r.promise.stateLabel}</Badge>
              </span>
            ) : (
              "—"
            ),
        },
      ]}
    />
  );
}
