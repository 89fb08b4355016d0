import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BatchStep } from "./types";
import {
  SERVICED_LOAN_STATUSES,
  inScopeSql,
  openDueSql,
  openInstallmentSql,
  overdueInstallmentSql,
  readPendingFrom,
  unpaidSql,
  type LoanScope,
} from "./unpaid-sql";

/**
 * Installment statuses from their amounts. Overdue (due before D, unpaid) → OVERDUE; fully paid
 * and not yet PAID → PAID. Rows already in the right status are not touched, so a rerun updates
 * nothing. Shared by the batch (every serviced loan) and refreshLoans (a few). Over the whole book
 * only open installments due by D are looked at (read by due date from `pendingFrom`, see
 * readPendingFrom) — allocation never pays ahead, so the future schedule, most rows of a large
 * book, is not read; a scoped refresh checks every row of its loans (a prepayment pays ahead).
 */
export async function markInstallmentStatuses(tx: Tx, businessDate: string, scope: LoanScope) {
  const candidates = scope.loanIds
    ? Prisma.sql`${openInstallmentSql("i")} AND ${inScopeSql(Prisma.sql`i."loanId"`, scope)}`
    : openDueSql("i", businessDate, await readPendingFrom(tx));
  const rows = await tx.$queryRaw<{ overdue: number; paid: number }[]>`
    WITH changed AS (
      UPDATE "LoanInstallment" i
         SET status = CASE WHEN ${unpaidSql("i")} THEN 'OVERDUE' ELSE 'PAID' END::"InstallmentStatus"
        FROM "Loan" l
       WHERE l.id = i."loanId" AND l.status IN ${SERVICED_LOAN_STATUSES} AND ${candidates}
         AND ((i.status = 'PENDING' AND ${overdueInstallmentSql("i", businessDate)}) OR NOT ${unpaidSql("i")})
      RETURNING i.status)
    SELECT count(*) FILTER (WHERE status = 'OVERDUE')::int AS overdue,
           count(*) FILTER (WHERE status = 'PAID')::int AS paid
      FROM changed`;
  const { overdue, paid } = rows[0] ?? { overdue: 0, paid: 0 };
  return { installmentsMarkedOverdue: overdue, installmentsMarkedPaid: paid };
}
export const markInstallments: BatchStep = {
  name: "markInstallments",
  label: "标记逾期与已还期次",
  run: (tx, { businessDate }) => markInstallmentStatuses(tx, businessDate, {}),
};
