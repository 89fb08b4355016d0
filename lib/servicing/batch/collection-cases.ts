import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BatchStep } from "./types";
import { inScopeSql, type LoanScope } from "./unpaid-sql";

/**
 * 销号: close OPEN cases whose loan is no longer OVERDUE (the status rule ran first; a PAID_OFF
 * loan's case closes too), then open a case for every OVERDUE loan without an OPEN one. Collectors
 * are assigned round-robin over active RISK_OFFICER users (by loginName), the rotation carrying on
 * from day to day: the new case numbered c overall (cases so far + its rank by loanNo) goes to
 * officer c mod n — deterministic, so a rerun and a clean run agree.
 * openKey (= loanId while OPEN) keeps one OPEN case per loan even against a concurrent writer.
 * Shared by the batch and refreshLoans.
 */
export async function syncCollectionCases(tx: Tx, businessDate: string, scope: LoanScope) {
  const closed = await tx.$executeRaw`
    UPDATE "CollectionCase" c
       SET status = 'CLOSED', "openKey" = NULL, "closedOn" = ${businessDate}::date
      FROM "Loan" l
     WHERE l.id = c."loanId" AND c.status = 'OPEN' AND l.status <> 'OVERDUE' AND ${inScopeSql(Prisma.sql`l.id`, scope)}`;
  const opened = await tx.$executeRaw`
    WITH officers AS (
      SELECT u.id, (row_number() OVER (ORDER BY u."loginName") - 1) AS k, count(*) OVER () AS n
        FROM "User" u
       WHERE u.active AND 'RISK_OFFICER'::"Role" = ANY (u.roles)),
    candidates AS (
      SELECT l.id, l."overduePeriods",
             (SELECT count(*) FROM "CollectionCase") + row_number() OVER (ORDER BY l."loanNo") - 1 AS r
        FROM "Loan" l
       WHERE l.status = 'OVERDUE' AND ${inScopeSql(Prisma.sql`l.id`, scope)}
         AND NOT EXISTS (SELECT 1 FROM "CollectionCase" c WHERE c."openKey" = l.id))
    INSERT INTO "CollectionCase" (id, "loanId", status, "openKey", "openedOn", "collectorId", "overduePeriodsAtOpen")
    SELECT gen_random_uuid()::text, c.id, 'OPEN', c.id, ${businessDate}::date, o.id, c."overduePeriods"
      FROM candidates c LEFT JOIN officers o ON o.k = c.r % o.n
    ON CONFLICT ("openKey") DO NOTHING`;
  return { casesOpened: opened, casesClosed: closed };
}

export const collectionCases: BatchStep = {
  name: "collectionCases",
  label: "清收台账立案与销号",
  run: (tx, { businessDate }) => syncCollectionCases(tx, businessDate, {}),
};
