import Link from "next/link";
import type { CaseRowDto } from "@/lib/cases/queries";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";

/** Cases with their matters and each matter's stage. */
export function CaseList({
  cases,
  empty,
  showDepositor,
  hrefFor,
}: {
  cases: CaseRowDto[];
  empty: string;
  showDepositor: boolean;
  /** When given, the case number links to the case page. */
  hrefFor?: (c: CaseRowDto) => string;
}) {
  return (
    <DataTable
      caption="办件列表"
      rows={cases}
      rowKey={(c) => c.id}
      empty={empty}
      columns={[
        {
          header: "办件编号",
          cell: (c) =>
            hrefFor ? (
              <Link className="text-sky-700 underline" href={hrefFor(c)}>
                {c.caseNo}
              </Link>
            ) : (
              c.caseNo
            ),
        },
        ...(showDepositor ? [{ header: "申请人", cell: (c: CaseRowDto) => c.depositorName }] : []),
        { header: "受理时间", cell: (c) => c.openedAt },
        { header: "渠道", cell: (c) => (c.windowNo ? `${c.channelLabel}（${c.windowNo}号）` : c.channelLabel) },
        {
          header: "事项及进度",
          cell: (c) => (
            <ul className="space-y-0.5">
              {c.matters.map((m) => (
                <li key={m.id}>
                  {m.kindLabel} <Badge tone="info">{m.progressLabel}</Badge>
                </li>
              ))}
            </ul>
          ),
        },
        { header: "办件状态", cell: (c) => c.statusLabel },
      ]}
    />
  );
}
