import { notifyBatchDay } from "@/lib/notifications/batch-notices";
import type { BatchStep } from "./types";
import { SERVICED_LOAN_STATUSES } from "./unpaid-sql";

/**
 * Step 7: the overdue position at the end of D (OverdueDailyStat), the SQL twin of
 * lib/servicing/overdue-rate.ts `overdueRate` (loans in repayment; an OVERDUE loan counts with its
 * whole principal balance; distinct borrowers of OVERDUE loans) and overdue-status.ts
 * `agingBucket` (1, 2–5, 6+ overdue periods). Written once per date: a rerun keeps the first row.
 */
export const overdueStats: BatchStep = {
  name: "overdueStats",
  label: "生成逾期统计快照",
  async run(tx, { businessDate, now }) {
    const written = await tx.$executeRaw`
      INSERT INTO "OverdueDailyStat" ("businessDate", "totalPrincipal", "overduePrincipal", "loanCount", "overdueLoanCount",
        "overdueBorrowerCount", "bucket1Loans", "bucket2to5Loans", "bucket6PlusLoans", "bucket1Principal", "bucket2to5Principal", "bucket6PlusPrincipal")
      SELECT ${businessDate}::date,
             coalesce(sum(l."outstandingPrincipal"), 0),
             coalesce(sum(l."outstandingPrincipal") FILTER (WHERE l.status = 'OVERDUE'), 0),
             count(*),
             count(*) FILTER (WHERE l.status = 'OVERDUE'),
             -- A subquery on the few OVERDUE loans: count(DISTINCT) over the book made the planner
             -- walk all loans in borrower order through an index (random reads, seconds).
             (SELECT count(DISTINCT o."borrowerId") FROM "Loan" o WHERE o.status = 'OVERDUE'),
             count(*) FILTER (WHERE l.status = 'OVERDUE' AND l."overduePeriods" <= 1),
             count(*) FILTER (WHERE l.status = 'OVERDUE' AND l."overduePeriods" BETWEEN 2 AND 5),
             count(*) FILTER (WHERE l.status = 'OVERDUE' AND l."overduePeriods" >= 6),
             coalesce(sum(l."outstandingPrincipal") FILTER (WHERE l.status = 'OVERDUE' AND l."overduePeriods" <= 1), 0),
             coalesce(sum(l."outstandingPrincipal") FILTER (WHERE l.status = 'OVERDUE' AND l."overduePeriods" BETWEEN 2 AND 5), 0),
             coalesce(sum(l."outstandingPrincipal") FILTER (WHERE l.status = 'OVERDUE' AND l."overduePeriods" >= 6), 0)
        FROM "Loan" l
       WHERE l.status IN ${SERVICED_LOAN_STATUSES}
      ON CONFLICT ("businessDate") DO NOTHING`;
    await notifyBatchDay(tx, { businessDate, now }); // due-date reminders and overdue notices (lib/notifications)
    return { overdueStatsWritten: written };
  },
};
