import Link from "next/link";
import { ACCOUNT_SEALED, ACTIVE_ELSEWHERE, NOT_OUR_EMPLOYEE, type RowError } from "@/lib/remittances/row-rules";
import { ACTIVE_ELSEWHERE_STEPS } from "@/lib/remittances/messages";
import { DataTable } from "@/components/ui/data-table";

/** The row-by-row report of a refused remittance: nothing was posted. */
export function RemittanceErrorReport({ report, rowHeader = "行号" }: { report: RowError[]; rowHeader?: string }) {
  return (
    <section aria-labelledby="report-title">
      <h3 id="report-title" className="mb-2 text-sm font-semibold text-red-800">
        错误报告
      </h3>
      <DataTable
        caption="汇缴文件逐行错误"
        rows={report}
        rowKey={(r) => `${r.row}-${r.column}-${r.reason}`}
        empty=""
        columns={[
          { header: rowHeader, cell: (r) => r.row, align: "right" },
          { header: "列", cell: (r) => r.column },
          {
            header: "原因",
            cell: (r) =>
              r.reason === NOT_OUR_EMPLOYEE || r.reason === ACCOUNT_SEALED ? (
                <>
                  {r.reason}{" "}
                  <Link href="/employer/staff#hire" className="text-sky-700 underline">
                    办理增员
                  </Link>
                </>
              ) : r.reason === ACTIVE_ELSEWHERE ? (
                // The hire form moves a sealed account (市内转移); an account still active elsewhere
                // must first be left (减员) by the old employer and sealed at that month's end.
                <>
                  {r.reason}。{ACTIVE_ELSEWHERE_STEPS}{" "}
                  <Link href="/employer/staff#hire" className="text-sky-700 underline">
                    办理增员（市内转移）
                  </Link>
                </>
              ) : (
                r.reason
              ),
          },
        ]}
      />
    </section>
  );
}
