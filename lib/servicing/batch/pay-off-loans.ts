import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BatchStep } from "./types";
import { SERVICED_LOAN_STATUSES, inScopeSql, penaltyOwedSql, unpaidSql, type LoanScope } from "./unpaid-sql";

/**
 * Paid off (结清): a serviced loan whose every installment is fully paid, with no principal and no
 * penalty interest left, becomes PAID_OFF; its mortgage is RELEASED and a completed
 * MORTGAGE_RELEASE case records it for the citizen — what lib/registry/release-mortgage.ts
 * `releaseMortgageOnPayoff` does for one loan, here for all of them in one statement. Release
 * numbers continue the 不动产证明 series of the business date's year and case numbers the day's
 * BJ series, under the same advisory locks the one-at-a-time use cases take. Audit rows
 * LOAN_PAID_OFF, MORTGAGE_RELEASED and MORTGAGE_RELEASE_CASE, as there.
 */
export type PayOffActor = { actorId?: string | null; actorLabel?: string | null };

export async function payOffLoans(tx: Tx, businessDate: string, scope: LoanScope, now: Date, actor: PayOffActor = { actorLabel: "batch" }) {
  const candidates = await tx.$queryRaw<{ id: string }[]>`
    SELECT l.id FROM "Loan" l
     WHERE l.status IN ${SERVICED_LOAN_STATUSES} AND l."outstandingPrincipal" = 0 AND ${inScopeSql(Prisma.sql`l.id`, scope)}
       AND EXISTS (SELECT 1 FROM "LoanInstallment" i WHERE i."loanId" = l.id)
       AND NOT EXISTS (SELECT 1 FROM "LoanInstallment" i WHERE i."loanId" = l.id AND ${unpaidSql("i")})
       AND ${penaltyOwedSql("l")} <= 0
     ORDER BY l.id FOR UPDATE`;
  if (candidates.length === 0) return { loansPaidOff: 0, mortgagesReleased: 0 };

  const ids = candidates.map((c) => c.id);
  const proofPrefix = `苏(${businessDate.slice(0, 4)})南京市不动产证明第`;
  const casePrefix = `BJ${businessDate.replaceAll("-", "")}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`proofNo:${businessDate.slice(0, 4)}`}))`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`caseNo:${casePrefix}`}))`;
  const at = Prisma.sql`${now.toISOString()}::timestamp`;
  const who = Prisma.sql`${actor.actorId ?? null}::text, ${actor.actorId ? null : (actor.actorLabel ?? "system")}::text`;
  const rows = await tx.$queryRaw<{ paidOff: number; released: number }[]>`
    WITH loans AS (
      SELECT l.id, l."loanNo", l."borrowerId", l.status::text AS "fromState",
             row_number() OVER (ORDER BY l."loanNo") AS rn, gen_random_uuid()::text AS "caseId"
        FROM "Loan" l WHERE l.id = ANY (${ids}::text[])),
    closed AS (
      UPDATE "Loan" l
         SET status = 'PAID_OFF', "paidOffAt" = ${at}, "overduePeriods" = 0, "consecutiveOverduePeriods" = 0, version = l.version + 1
        FROM loans x WHERE l.id = x.id
      RETURNING l.id),
    last_proof AS (
      SELECT coalesce(max((regexp_match(n, '第([0-9]+)号$'))[1]::bigint), 0) AS n
        FROM (SELECT "registrationNo" AS n FROM "Mortgage" WHERE starts_with("registrationNo", ${proofPrefix})
              UNION ALL SELECT "releaseNo" FROM "Mortgage" WHERE starts_with("releaseNo", ${proofPrefix})) s),
    to_release AS (
      SELECT m.id, x."loanNo", x.id AS "loanId", p.n + row_number() OVER (ORDER BY x."loanNo") AS n
        FROM "Mortgage" m JOIN loans x ON x.id = m."loanId" CROSS JOIN last_proof p
       WHERE m.status = 'REGISTERED'),
    released AS (
      UPDATE "Mortgage" m
         SET status = 'RELEASED', "releasedAt" = ${at}, "releaseNo" = ${proofPrefix} || lpad(r.n::text, greatest(7, length(r.n::text)), '0') || '号'
        FROM to_release r WHERE m.id = r.id
      RETURNING m.id, m."loanId", m."releaseNo"),
    last_case AS (
      SELECT coalesce(max(substring("caseNo" FROM ${casePrefix.length + 1}::int)::bigint), 0) AS n
        FROM "Case" WHERE starts_with("caseNo", ${casePrefix}) AND substring("caseNo" FROM ${casePrefix.length + 1}::int) ~ '^[0-9]+$'),
    cases AS (
      INSERT INTO "Case" (id, "caseNo", "depositorId", channel, status, "openedAt", "closedAt")
      SELECT x."caseId", ${casePrefix} || lpad((c.n + x.rn)::text, greatest(4, length((c.n + x.rn)::text)), '0'),
             x."borrowerId", 'ONLINE', 'COMPLETED', ${at}, ${at}
        FROM loans x CROSS JOIN last_case c
      RETURNING id, "caseNo"),
    matters AS (
      INSERT INTO "CaseMatter" (id, "caseId", kind, status, "stageSince", "createdAt", "updatedAt")
      SELECT gen_random_uuid()::text, c.id, 'MORTGAGE_RELEASE', 'COMPLETED', ${at}, ${at}, ${at} FROM cases c
      RETURNING 1),
    audits AS (
      INSERT INTO "AuditEntry" (at, "actorId", "actorLabel", action, "entityType", "entityId", "fromState", "toState", detail)
      SELECT ${at}, ${who}, 'LOAN_PAID_OFF', 'Loan', x.id, x."fromState", 'PAID_OFF', NULL FROM loans x
      UNION ALL
      SELECT ${at}, ${who}, 'MORTGAGE_RELEASED', 'Mortgage', r.id, 'REGISTERED', 'RELEASED',
             jsonb_build_object('releaseNo', r."releaseNo", 'loanNo', x."loanNo")
        FROM released r JOIN loans x ON x.id = r."loanId"
      UNION ALL
      SELECT ${at}, ${who}, 'MORTGAGE_RELEASE_CASE', 'Case', c.id, NULL, 'COMPLETED',
             jsonb_build_object('caseNo', c."caseNo", 'loanNo', x."loanNo", 'releaseNo', r."releaseNo")
        FROM cases c JOIN loans x ON x."caseId" = c.id LEFT JOIN released r ON r."loanId" = x.id
      RETURNING 1)
    SELECT (SELECT count(*) FROM closed)::int AS "paidOff", (SELECT count(*) FROM released)::int AS released,
           (SELECT count(*) FROM matters)::int AS matters, (SELECT count(*) FROM audits)::int AS audits`;
  const { paidOff, released } = rows[0]!;
  return { loansPaidOff: paidOff, mortgagesReleased: released };
}

export const payOff: BatchStep = {
  name: "payOffLoans",
  label: "结清贷款并解除抵押",
  run: (tx, { businessDate, now }) => payOffLoans(tx, businessDate, {}, now),
};
