import "server-only";
import { db } from "@/lib/db";
import { fromDateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { Prisma } from "@/lib/generated/prisma/client";
import { overdueInstallmentSql } from "@/lib/servicing/batch/unpaid-sql";
import { overdueRatePercent, type OverdueRate } from "@/lib/servicing/overdue-rate";
import type { AgingBucket } from "@/lib/servicing/overdue-status";
import { AGING_BUCKETS, AGING_BUCKET_LABELS } from "@/lib/collections/labels";
import { promiseStateSql } from "@/lib/collections/promise-sql";

// The risk dashboards' figures. Every sum is taken in SQL on numeric columns and returned as a
// canonical yuan string ("1234.50"); percentages come from overdueRatePercent, the one rule.

/**
 * 逾期率 now, from the Loan rows the daily batch keeps: the same figures as
 * lib/servicing/overdue-rate.ts overdueRate() over every loan (only ACTIVE and OVERDUE count).
 */
export async function liveOverdueRate(): Promise<OverdueRate> {
  const [r] = await db.$queryRaw<{ total: string; overdue: string; loans: number; overdueLoans: number; borrowers: number }[]>`
    SELECT coalesce(sum("outstandingPrincipal"), 0)::numeric(18, 2)::text AS total,
           coalesce(sum("outstandingPrincipal") FILTER (WHERE status = 'OVERDUE'), 0)::numeric(18, 2)::text AS overdue,
           count(*)::int AS loans,
           count(*) FILTER (WHERE status = 'OVERDUE')::int AS "overdueLoans",
           count(DISTINCT "borrowerId") FILTER (WHERE status = 'OVERDUE')::int AS borrowers
      FROM "Loan" WHERE status IN ('ACTIVE', 'OVERDUE')`;
  const row = r!;
  return {
    totalPrincipal: row.total,
    overduePrincipal: row.overdue,
    ratePercent: overdueRatePercent(row.overdue, row.total),
    loanCount: row.loans,
    overdueLoanCount: row.overdueLoans,
    overdueBorrowerCount: row.borrowers,
  };
}

export type AgingBucketFigures = {
  bucket: AgingBucket;
  label: string;
  loans: number;
  principal: string;
  /** Share of all overdue loans' principal balance, percent. */
  shareOfOverdue: string;
  /** Share of the whole loan principal balance, percent: the bucket's part of the overdue rate. */
  shareOfTotal: string;
};

/** Overdue loans by aging bucket (the batch's overdue periods: 1, 2–5, 6+) with their principal balance. */
export async function agingBucketFigures(rate: OverdueRate): Promise<AgingBucketFigures[]> {
  const rows = await db.$queryRaw<{ bucket: AgingBucket; loans: number; principal: string }[]>`
    SELECT CASE WHEN "overduePeriods" <= 1 THEN '1' WHEN "overduePeriods" <= 5 THEN '2-5' ELSE '6+' END AS bucket,
           count(*)::int AS loans, sum("outstandingPrincipal")::numeric(18, 2)::text AS principal
      FROM "Loan" WHERE status = 'OVERDUE'
     GROUP BY 1`;
  return AGING_BUCKETS.map((bucket) => {
    const row = rows.find((r) => r.bucket === bucket);
    const principal = row?.principal ?? "0.00";
    return {
      bucket,
      label: AGING_BUCKET_LABELS[bucket],
      loans: row?.loans ?? 0,
      principal,
      shareOfOverdue: overdueRatePercent(principal, rate.overduePrincipal),
      shareOfTotal: overdueRatePercent(principal, rate.totalPrincipal),
    };
  });
}

export type TrendPoint = {
  date: string;
  totalPrincipal: string;
  overduePrincipal: string;
  ratePercent: string;
  loanCount: number;
  overdueLoanCount: number;
  overdueBorrowerCount: number;
};

type StatRow = { businessDate: Date; total: string; overdue: string; loans: number; overdueLoans: number; borrowers: number };

const STAT_COLUMNS = Prisma.sql`"businessDate", "totalPrincipal"::text AS total, "overduePrincipal"::text AS overdue,
  "loanCount" AS loans, "overdueLoanCount" AS "overdueLoans", "overdueBorrowerCount" AS borrowers`;

function toPoint(r: StatRow): TrendPoint {
  return {
    date: fromDateColumn(r.businessDate),
    totalPrincipal: r.total,
    overduePrincipal: r.overdue,
    ratePercent: overdueRatePercent(r.overdue, r.total),
    loanCount: r.loans,
    overdueLoanCount: r.overdueLoans,
    overdueBorrowerCount: r.borrowers,
  };
}

/** The batch's end-of-day figures (OverdueDailyStat) for the `days` days up to today, oldest first. */
export async function dailyOverdueTrend(now: Date = new Date(), days = 60): Promise<TrendPoint[]> {
  const today = todayInShanghai(now);
  const rows = await db.$queryRaw<StatRow[]>`
    SELECT ${STAT_COLUMNS} FROM "OverdueDailyStat"
     WHERE "businessDate" > ${today}::date - ${days}::int AND "businessDate" <= ${today}::date
     ORDER BY "businessDate"`;
  return rows.map(toPoint);
}

/** The last stat of each month, for the `months` months up to this one, oldest first. */
export async function monthlyOverdueTrend(now: Date = new Date(), months = 12): Promise<TrendPoint[]> {
  const today = todayInShanghai(now);
  const rows = await db.$queryRaw<StatRow[]>`
    SELECT DISTINCT ON (date_trunc('month', "businessDate")) ${STAT_COLUMNS}
      FROM "OverdueDailyStat"
     WHERE "businessDate" >= (date_trunc('month', ${today}::date) - make_interval(months => ${months - 1}::int))::date
       AND "businessDate" <= ${today}::date
     ORDER BY date_trunc('month', "businessDate"), "businessDate" DESC`;
  return rows.map(toPoint);
}

export type CollectorFigures = {
  /** null: cases with no collector assigned. */
  collectorId: string | null;
  name: string | null;
  openCases: number;
  /** Unpaid principal of installments due before today, over the collector's open cases. */
  overduePrincipal: string;
  /** Principal balance of the loans in the collector's open cases. */
  loanBalance: string;
  /** Contacts the collector logged in the last `days` days, and the promises among them. */
  contacts: number;
  promisesKept: number;
  promisesBroken: number;
  promisesPending: number;
};

/** Per collector (active risk officers and anyone holding open cases, plus "unassigned"), by name. */
export async function collectorFigures(now: Date = new Date(), days = 30): Promise<CollectorFigures[]> {
  const today = todayInShanghai(now);
  const since = new Date(now.getTime() - days * 86_400_000);
  const rows = await db.$queryRaw<(Omit<CollectorFigures, "collectorId"> & { collectorId: string | null })[]>`
    WITH people AS (
      SELECT u.id, u."displayName" AS name, u."loginName" AS sort FROM "User" u
       WHERE (u.active AND 'RISK_OFFICER'::"Role" = ANY (u.roles))
          OR EXISTS (SELECT 1 FROM "CollectionCase" c WHERE c."collectorId" = u.id AND c.status = 'OPEN')
      UNION ALL SELECT NULL, NULL, NULL),
    cases AS (
      SELECT c."collectorId", count(*)::int AS n, sum(l."outstandingPrincipal") AS balance, sum(coalesce(a.principal, 0)) AS overdue
        FROM "CollectionCase" c
        JOIN "Loan" l ON l.id = c."loanId"
        LEFT JOIN LATERAL (
          SELECT sum(i.principal - i."paidPrincipal") AS principal
            FROM "LoanInstallment" i WHERE i."loanId" = l.id AND ${overdueInstallmentSql("i", today)}) a ON true
       WHERE c.status = 'OPEN'
       GROUP BY c."collectorId"),
    logged AS (
      SELECT x."createdById" AS id, count(*)::int AS n,
             count(*) FILTER (WHERE s.state = 'KEPT')::int AS kept,
             count(*) FILTER (WHERE s.state = 'BROKEN')::int AS broken,
             count(*) FILTER (WHERE s.state = 'PENDING')::int AS pending
        FROM "CollectionContact" x
        JOIN "CollectionCase" c ON c.id = x."caseId"
        CROSS JOIN LATERAL (
          SELECT CASE WHEN x."promisedDate" IS NULL THEN NULL ELSE ${promiseStateSql("x", Prisma.sql`c."loanId"`, today)} END AS state) s
       WHERE x."contactedAt" >= ${since}
       GROUP BY x."createdById")
    SELECT p.id AS "collectorId", p.name,
           coalesce(k.n, 0)::int AS "openCases",
           coalesce(k.overdue, 0)::numeric(18, 2)::text AS "overduePrincipal",
           coalesce(k.balance, 0)::numeric(18, 2)::text AS "loanBalance",
           coalesce(g.n, 0)::int AS contacts,
           coalesce(g.kept, 0)::int AS "promisesKept",
           coalesce(g.broken, 0)::int AS "promisesBroken",
           coalesce(g.pending, 0)::int AS "promisesPending"
      FROM people p
      LEFT JOIN cases k ON k."collectorId" IS NOT DISTINCT FROM p.id
      LEFT JOIN logged g ON g.id = p.id
     WHERE p.id IS NOT NULL OR k.n > 0
     ORDER BY p.sort NULLS LAST`;
  return rows;
}
