import "server-only";
import { db } from "@/lib/db";
import { addDays, dateColumn, daysOverdue, fromDateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import type { CollectionContactKind } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { displayYuan, money } from "@/lib/money";
import { overdueInstallmentSql, penaltyOwedSql } from "@/lib/servicing/batch/unpaid-sql";
import { agingBucket, type AgingBucket } from "@/lib/servicing/overdue-status";
import { suggestActions } from "@/lib/servicing/escalation";
import { CASE_STATUS_LABELS, CONTACT_KIND_LABELS, PROMISE_STATE_LABELS, type PromiseState } from "@/lib/collections/labels";
import { nextSuggestedAction } from "@/lib/collections/next-action";
import { collectionPolicies } from "@/lib/collections/policies";
import { promiseStateSql } from "@/lib/collections/promise-sql";
import type { TLedgerFilter } from "@/lib/collections/schemas";

export const LEDGER_PAGE_SIZE = 50;

export type LedgerRowDto = {
  caseId: string;
  open: boolean;
  statusLabel: string;
  loanNo: string;
  borrowerName: string;
  borrowerIdNumber: string;
  overduePeriods: number;
  consecutiveOverduePeriods: number;
  bucket: AgingBucket | null;
  /** Display amounts ("¥1,234.50"); null on a closed case (its arrears were cleared). */
  overdueAmount: string | null;
  overduePrincipal: string | null;
  overdueInterest: string | null;
  penaltyOwed: string | null;
  daysOverdue: number | null;
  collectorId: string | null;
  collectorName: string | null;
  openedOn: string;
  closedOn: string | null;
  nextAction: string | null;
  lastContact: { at: string; kindLabel: string } | null;
  promise: { date: string; amount: string; state: PromiseState; stateLabel: string } | null;
};

export type LedgerDto = { rows: LedgerRowDto[]; total: number; page: number; pageSize: number; today: string };

type Row = {
  id: string;
  status: "OPEN" | "CLOSED";
  openedOn: Date;
  closedOn: Date | null;
  collectorId: string | null;
  collectorName: string | null;
  loanNo: string;
  overduePeriods: number;
  consecutiveOverduePeriods: number;
  borrowerName: string;
  borrowerIdNumber: string;
  overduePrincipal: string;
  overdueInterest: string;
  oldestDue: Date | null;
  penaltyOwed: string;
  lastContactAt: Date | null;
  lastContactKind: CollectionContactKind | null;
  promisedDate: Date | null;
  promisedAmount: string | null;
  promiseState: PromiseState | null;
  doneKinds: string[];
  total: number;
};

function where(filter: TLedgerFilter, viewerId: string): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filter.status !== "all") parts.push(Prisma.sql`c.status = ${filter.status === "open" ? "OPEN" : "CLOSED"}::"CollectionCaseStatus"`);
  if (filter.scope === "mine") parts.push(Prisma.sql`c."collectorId" = ${viewerId}`);
  if (filter.collector === "none") parts.push(Prisma.sql`c."collectorId" IS NULL`);
  else if (filter.collector) parts.push(Prisma.sql`c."collectorId" = ${filter.collector}`);
  if (filter.bucket === "1") parts.push(Prisma.sql`l."overduePeriods" = 1`);
  if (filter.bucket === "2-5") parts.push(Prisma.sql`l."overduePeriods" BETWEEN 2 AND 5`);
  if (filter.bucket === "6+") parts.push(Prisma.sql`l."overduePeriods" >= 6`);
  if (filter.q) {
    // strpos, not LIKE: what the officer types is matched literally (no % or _ wildcards).
    const q = filter.q;
    parts.push(Prisma.sql`(strpos(l."loanNo", upper(${q})) > 0 OR strpos(d.name, ${q}) > 0 OR strpos(d."idNumber", upper(${q})) = 1)`);
  }
  return parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/**
 * 逾期贷款清收台账: collection cases with their loan, borrower, what is owed today (unpaid parts of
 * installments due before today; penalty = postings − paid, all summed in SQL), the collector, the
 * next suggested action (escalation policy and what the log shows done), the last contact and the
 * latest promise to pay. Open cases first, the most periods overdue first. Periods and aging bucket
 * are the loan's as the daily batch kept them.
 */
export async function listCollectionCases(filter: TLedgerFilter, viewerId: string, now: Date = new Date()): Promise<LedgerDto> {
  const today = todayInShanghai(now);
  const offset = (filter.page - 1) * LEDGER_PAGE_SIZE;
  const [rows, { escalationPolicy }] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT c.id, c.status::text AS status, c."openedOn", c."closedOn", c."collectorId", u."displayName" AS "collectorName",
             l."loanNo", l."overduePeriods", l."consecutiveOverduePeriods",
             d.name AS "borrowerName", d."idNumber" AS "borrowerIdNumber",
             coalesce(a.principal, 0)::numeric(18, 2)::text AS "overduePrincipal",
             coalesce(a.interest, 0)::numeric(18, 2)::text AS "overdueInterest",
             a.oldest AS "oldestDue",
             ${penaltyOwedSql("l")}::numeric(18, 2)::text AS "penaltyOwed",
             lc."contactedAt" AS "lastContactAt", lc.kind::text AS "lastContactKind",
             pr."promisedDate", pr."promisedAmount"::text AS "promisedAmount", pr.state AS "promiseState",
             coalesce(k.kinds, '{}') AS "doneKinds",
             count(*) OVER ()::int AS total
        FROM "CollectionCase" c
        JOIN "Loan" l ON l.id = c."loanId"
        JOIN "Depositor" d ON d.id = l."borrowerId"
        LEFT JOIN "User" u ON u.id = c."collectorId"
        LEFT JOIN LATERAL (
          SELECT sum(i.principal - i."paidPrincipal") AS principal, sum(i.interest - i."paidInterest") AS interest, min(i."dueDate") AS oldest
            FROM "LoanInstallment" i WHERE i."loanId" = l.id AND ${overdueInstallmentSql("i", today)}) a ON true
        LEFT JOIN LATERAL (
          SELECT x."contactedAt", x.kind FROM "CollectionContact" x WHERE x."caseId" = c.id ORDER BY x."contactedAt" DESC LIMIT 1) lc ON true
        LEFT JOIN LATERAL (
          SELECT x."promisedDate", x."promisedAmount", ${promiseStateSql("x", Prisma.sql`l.id`, today)} AS state
            FROM "CollectionContact" x WHERE x."caseId" = c.id AND x."promisedDate" IS NOT NULL
           ORDER BY x."contactedAt" DESC LIMIT 1) pr ON true
        LEFT JOIN LATERAL (SELECT array_agg(DISTINCT x.kind::text) AS kinds FROM "CollectionContact" x WHERE x."caseId" = c.id) k ON true
        ${where(filter, viewerId)}
       ORDER BY (c.status = 'OPEN') DESC, l."overduePeriods" DESC, a.oldest ASC NULLS LAST, l."loanNo", c."openedOn" DESC
       LIMIT ${LEDGER_PAGE_SIZE} OFFSET ${offset}`,
    collectionPolicies(),
  ]);
  return {
    rows: rows.map((r) => {
      const open = r.status === "OPEN";
      const counts = { overduePeriods: r.overduePeriods, consecutiveOverduePeriods: r.consecutiveOverduePeriods };
      const next = open ? nextSuggestedAction(suggestActions(counts, escalationPolicy), r.doneKinds) : null;
      return {
        caseId: r.id,
        open,
        statusLabel: CASE_STATUS_LABELS[r.status],
        loanNo: r.loanNo,
        borrowerName: r.borrowerName,
        borrowerIdNumber: r.borrowerIdNumber,
        overduePeriods: r.overduePeriods,
        consecutiveOverduePeriods: r.consecutiveOverduePeriods,
        bucket: open ? agingBucket(r.overduePeriods) : null,
        overdueAmount: open ? displayYuan(money(r.overduePrincipal).plus(money(r.overdueInterest))) : null,
        overduePrincipal: open ? displayYuan(r.overduePrincipal) : null,
        overdueInterest: open ? displayYuan(r.overdueInterest) : null,
        penaltyOwed: open ? displayYuan(r.penaltyOwed) : null,
        daysOverdue: open && r.oldestDue ? daysOverdue(fromDateColumn(r.oldestDue), today) : null,
        collectorId: r.collectorId,
        collectorName: r.collectorName,
        openedOn: fromDateColumn(r.openedOn),
        closedOn: r.closedOn ? fromDateColumn(r.closedOn) : null,
        nextAction: next?.label ?? null,
        lastContact:
          r.lastContactAt && r.lastContactKind
            ? { at: formatShanghaiDateTime(r.lastContactAt), kindLabel: CONTACT_KIND_LABELS[r.lastContactKind] }
            : null,
        promise:
          r.promisedDate && r.promisedAmount && r.promiseState
            ? {
                date: fromDateColumn(r.promisedDate),
                amount: displayYuan(r.promisedAmount),
                state: r.promiseState,
                stateLabel: PROMISE_STATE_LABELS[r.promiseState],
              }
            : null,
      };
    }),
    total: rows[0]?.total ?? 0,
    page: filter.page,
    pageSize: LEDGER_PAGE_SIZE,
    today,
  };
}

export type CollectorOptionDto = { id: string; name: string; active: boolean };

/** Risk officers who can collect (active), plus anyone still holding cases, by name. */
export async function listCollectors(): Promise<CollectorOptionDto[]> {
  // NOTE: the holders first, then users by id: `collectionCases: { some }` inside the OR made
  // PostgreSQL probe the cases once for every user row, citizens included (~6 ms per ledger view).
  const holders = await db.collectionCase.findMany({
    where: { status: "OPEN", collectorId: { not: null } },
    distinct: ["collectorId"],
    select: { collectorId: true },
  });
  const holderIds = holders.flatMap((h) => (h.collectorId ? [h.collectorId] : []));
  const users = await db.user.findMany({
    where: { OR: [{ active: true, roles: { has: "RISK_OFFICER" } }, { id: { in: holderIds } }] },
    orderBy: { loginName: "asc" },
    select: { id: true, displayName: true, active: true, roles: true },
  });
  return users.map((u) => ({ id: u.id, name: u.displayName, active: u.active && u.roles.includes("RISK_OFFICER") }));
}

export type CaseCountsDto = { open: number; mine: number; unassigned: number; closedLast30Days: number };

/** Counts for the risk landing page. */
export async function collectionCaseCounts(viewerId: string, now: Date = new Date()): Promise<CaseCountsDto> {
  const since = dateColumn(addDays(todayInShanghai(now), -30));
  const [open, mine, unassigned, closedLast30Days] = await Promise.all([
    db.collectionCase.count({ where: { status: "OPEN" } }),
    db.collectionCase.count({ where: { status: "OPEN", collectorId: viewerId } }),
    db.collectionCase.count({ where: { status: "OPEN", collectorId: null } }),
    db.collectionCase.count({ where: { status: "CLOSED", closedOn: { gte: since } } }),
  ]);
  return { open, mine, unassigned, closedLast30Days };
}
