import type { BatchStep } from "./types";

/**
 * Step 4 (销号): close OPEN cases whose loan is no longer OVERDUE (step 3 set the status from the
 * installments), then open a case for every OVERDUE loan without an OPEN one. Collectors are
 * assigned round-robin over active RISK_OFFICER users: the k-th new case (by loanNo) goes to
 * officer k mod n (by loginName), a deterministic choice so a rerun and a clean run agree.
 * openKey (= loanId while OPEN) keeps one OPEN case per loan even against a concurrent writer.
 */
export const collectionCases: BatchStep = {
  name: "collectionCases",
  label: "清收台账立案与销号",
  async run(tx, { businessDate }) {
    const closed = await tx.$executeRaw`
      UPDATE "CollectionCase" c
         SET status = 'CLOSED', "openKey" = NULL, "closedOn" = ${businessDate}::date
        FROM "Loan" l
       WHERE l.id = c."loanId" AND c.status = 'OPEN' AND l.status <> 'OVERDUE'`;
    const opened = await tx.$executeRaw`
      WITH officers AS (
        SELECT u.id, (row_number() OVER (ORDER BY u."loginName") - 1) AS k, count(*) OVER () AS n
          FROM "User" u
         WHERE u.active AND 'RISK_OFFICER'::"Role" = ANY (u.roles)),
      candidates AS (
        SELECT l.id, l."overduePeriods", (row_number() OVER (ORDER BY l."loanNo") - 1) AS r
          FROM "Loan" l
         WHERE l.status = 'OVERDUE'
           AND NOT EXISTS (SELECT 1 FROM "CollectionCase" c WHERE c."openKey" = l.id))
      INSERT INTO "CollectionCase" (id, "loanId", status, "openKey", "openedOn", "collectorId", "overduePeriodsAtOpen")
      SELECT gen_random_uuid()::text, c.id, 'OPEN', c.id, ${businessDate}::date, o.id, c."overduePeriods"
        FROM candidates c LEFT JOIN officers o ON o.k = c.r % o.n
      ON CONFLICT ("openKey") DO NOTHING`;
    return { casesOpened: opened, casesClosed: closed };
  },
};
