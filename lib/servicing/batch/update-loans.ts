import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BatchStep } from "./types";
import { SERVICED_LOAN_STATUSES, inScopeSql, overdueInstallmentSql, readPendingFrom, type LoanScope } from "./unpaid-sql";

/**
 * Each serviced loan's overdue periods, longest run of consecutive overdue seqs (gaps and islands:
 * seq − row_number() is constant along a run) and status, as lib/servicing/overdue-status.ts
 * `overdueStatus` defines them (OVERDUE when any installment is overdue, else ACTIVE; paying off is
 * pay-off-loans.ts). Only changed loans are written, and their version bumps so optimistic writers
 * notice. Shared by the batch and refreshLoans.
 */
export async function updateLoanStatuses(tx: Tx, businessDate: string, scope: LoanScope) {
  const pendingFrom = scope.loanIds ? null : await readPendingFrom(tx);
  const changed = await tx.$executeRaw`
    WITH overdue AS (
      SELECT i."loanId", i.seq - row_number() OVER (PARTITION BY i."loanId" ORDER BY i.seq) AS island
        FROM "LoanInstallment" i
       WHERE ${overdueInstallmentSql("i", businessDate, pendingFrom)} AND ${inScopeSql(Prisma.sql`i."loanId"`, scope)}),
    runs AS (SELECT "loanId", count(*) AS n FROM overdue GROUP BY "loanId", island),
    agg AS (SELECT "loanId", sum(n)::int AS periods, max(n)::int AS longest FROM runs GROUP BY "loanId"),
    -- Only loans overdue now or flagged OVERDUE before can change (an ACTIVE loan has no overdue
    -- periods): not the whole book.
    candidates AS (
      SELECT "loanId" AS id FROM agg
      UNION SELECT l.id FROM "Loan" l WHERE l.status = 'OVERDUE' AND ${inScopeSql(Prisma.sql`l.id`, scope)}),
    target AS (
      SELECT l.id, coalesce(a.periods, 0) AS periods, coalesce(a.longest, 0) AS longest,
             CASE WHEN a.periods > 0 THEN 'OVERDUE' ELSE 'ACTIVE' END::"LoanStatus" AS status
        FROM candidates c JOIN "Loan" l ON l.id = c.id LEFT JOIN agg a ON a."loanId" = l.id
       WHERE l.status IN ${SERVICED_LOAN_STATUSES})
    UPDATE "Loan" l
       SET "overduePeriods" = t.periods, "consecutiveOverduePeriods" = t.longest, status = t.status,
           version = l.version + 1
      FROM target t
     WHERE l.id = t.id
       AND (l."overduePeriods" <> t.periods OR l."consecutiveOverduePeriods" <> t.longest OR l.status <> t.status)`;
  return { loansUpdated: changed };
}

export const updateLoans: BatchStep = {
  name: "updateLoans",
  label: "更新贷款逾期期数与状态",
  run: (tx, { businessDate }) => updateLoanStatuses(tx, businessDate, {}),
};
