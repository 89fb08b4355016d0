import Link from "next/link";
import type { LoanMatterQueueDto } from "@/lib/cases/queries";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";

/** A queue of loan matters; `nextStep` says what the viewer does with each. */
export function LoanQueue({
  caption,
  rows,
  empty,
  nextStep,
  showLimit = false,
  hrefFor,
  slaMinutes,
}: {
  caption: string;
  rows: LoanMatterQueueDto[];
  empty: string;
  nextStep: (row: LoanMatterQueueDto) => string;
  showLimit?: boolean;
  /** When given, the case number links to the case page. */
  hrefFor?: (row: LoanMatterQueueDto) => string;
  /** When given, a time-in-stage column marks rows past the SLA "已超时". */
  slaMinutes?: number;
}) {
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.matterId}
      empty={empty}
      columns={[
        {
          header: "办件编号",
          cell: (r) =>
            hrefFor ? (
              <Link className="text-sky-700 underline" href={hrefFor(r)}>
                {r.caseNo}
              </Link>
            ) : (
              r.caseNo
            ),
        },
        { header: "借款人", cell: (r) => r.depositorName },
        { header: "贷款编号", cell: (r) => r.loanNo ?? "—" },
        { header: "贷款金额", cell: (r) => r.principal ?? "—", align: "right" },
        ...(showLimit
          ? [
              {
                header: "审批权限",
                cell: (r: LoanMatterQueueDto) =>
                  r.withinLimit === null ? "—" : r.withinLimit ? <Badge tone="good">权限内</Badge> : <Badge tone="warn">超出权限</Badge>,
              },
            ]
          : []),
        { header: "当前阶段", cell: (r) => <Badge tone="info">{r.stageLabel}</Badge> },
        { header: "下一步", cell: nextStep },
        { header: "等待自", cell: (r) => r.waitingSince },
        ...(slaMinutes
          ? [
              {
                header: `本阶段用时（按工作日计，时限${slaMinutes}分钟）`,
                cell: (r: LoanMatterQueueDto) =>
                  r.minutesInStage > slaMinutes ? (
                    <span className="font-medium text-red-700">
                      {r.minutesInStage} 分钟 <Badge tone="bad">已超时</Badge>
                    </span>
                  ) : (
                    `${r.minutesInStage} 分钟`
                  ),
                align: "right" as const,
              },
            ]
          : []),
      ]}
    />
  );
}
