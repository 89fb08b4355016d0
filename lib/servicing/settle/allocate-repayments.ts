import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertDeductionOrder, type DeductionBucket } from "@/lib/servicing/deduction-order";
import { openDueSql, penaltyOwedSql, unallocatedRepaymentSql } from "@/lib/servicing/batch/unpaid-sql";

export type AllocateRepaymentsOptions = {
  /** The business date: installments due before it are overdue, due on it are current. */
  businessDate: string;
  /** A predicate on "Repayment" r choosing the rows to allocate, e.g. Prisma.sql`r.id = ${id}`. */
  where: Prisma.Sql;
  order: readonly DeductionBucket[];
  /** The batch's readPendingFrom, so the day's open installments are read by due date; omit for a few loans. */
  pendingFrom?: string | null;
  /** The caller already holds FOR UPDATE on every loan concerned (the batch's collectDayDue). */
  loansLocked?: boolean;
};

/**
 * The one allocation path (还款冲抵), in SQL: the twin of deduction-order.ts `allocatePayment`.
 * Each chosen Repayment — inserted beforehand with amount = money received and every bucket 0 —
 * is spread over the buckets in `order`:
 * - OVERDUE_PENALTY_INTEREST: Loan.penaltyPosted − Loan.penaltyPaid;
 * - OVERDUE_INTEREST / OVERDUE_PRINCIPAL: installments due before businessDate;
 * - CURRENT_INTEREST / CURRENT_PRINCIPAL: installments due on businessDate;
 * - within a bucket the oldest installment (lowest seq) first. Installments not yet due are never
 *   touched: paying ahead is a prepayment (prepayment.ts), not an allocation.
 * What is spread is amount − prepaidPrincipal − accruedInterest: a payoff or prepayment fills
 * those two columns itself and lets this path settle the arrears part.
 * Several repayments of one loan are applied one after another (createdAt, then repaymentNo), each
 * taking its slice of the loan's owed items by cumulative sums (one statement, no row loop). It
 * writes LoanInstallment paid amounts (paidOn = businessDate and status PAID once fully paid), Loan.penaltyPaid,
 * outstandingPrincipal and version, and the repayments' bucket columns.
 *
 * Overpayment rule: no part may go unapplied. If a loan's chosen repayments exceed everything its
 * buckets owe, nothing is written and REPAYMENT_EXCEEDS_DUE is thrown (details: loanId, excess) —
 * callers cap an amount at what is due (batch deductions do by construction; online repayment
 * must validate up-front). Only repayments still unallocated (all buckets 0) are chosen, so a
 * second call with the same predicate writes nothing. Loans are locked first (FOR UPDATE, unless
 * the caller says it holds the locks) so a concurrent allocation on the same loan waits. Errors: INVALID_DEDUCTION_ORDER, REPAYMENT_EXCEEDS_DUE.
 */
export async function allocateRepayments(tx: Tx, opts: AllocateRepaymentsOptions): Promise<{ repayments: number }> {
  assertDeductionOrder(opts.order);
  const order = [...opts.order];
  const date = Prisma.sql`${opts.businessDate}::date`;
  // The chosen repayments go to an analyzed temporary table: they were inserted in this very
  // transaction, so the table statistics do not know them, and a plan built on "one row" joins a
  // day's batch of them pairwise (quadratic). Dropped first: the seed runs many dates in one transaction.
  await tx.$executeRaw`DROP TABLE IF EXISTS "repayment_slices"`;
  await tx.$executeRaw`
    CREATE TEMPORARY TABLE "repayment_slices" ON COMMIT DROP AS
    SELECT r.id, r."loanId", r.amount - r."prepaidPrincipal" - r."accruedInterest" AS spread,
           sum(r.amount - r."prepaidPrincipal" - r."accruedInterest")
             OVER (PARTITION BY r."loanId" ORDER BY r."createdAt", r."repaymentNo" ROWS UNBOUNDED PRECEDING) AS upto
      FROM "Repayment" r
     WHERE (${opts.where}) AND ${unallocatedRepaymentSql("r")}`;
  await tx.$executeRaw`ANALYZE "repayment_slices"`;
  if (!opts.loansLocked) {
    await tx.$executeRaw`SELECT 1 FROM "Loan" l WHERE l.id IN (SELECT "loanId" FROM "repayment_slices") ORDER BY l.id FOR UPDATE`;
  }
  const rows = await tx.$queryRaw<{ repayments: number; excessLoan: string | null; excess: string | null }[]>`
    WITH chosen AS (SELECT * FROM "repayment_slices"),
    loans AS (SELECT DISTINCT "loanId" FROM chosen),
    open_due AS MATERIALIZED (
      SELECT i.id, i."loanId", i.seq, i."dueDate" < ${date} AS overdue,
             i.interest - i."paidInterest" AS interest, i.principal - i."paidPrincipal" AS principal
        FROM "LoanInstallment" i
       WHERE ${openDueSql("i", opts.businessDate, opts.pendingFrom ?? null)}
         AND i."loanId" IN (SELECT "loanId" FROM "repayment_slices")),
    owed AS (
      SELECT l.id AS "loanId", 'OVERDUE_PENALTY_INTEREST' AS bucket, 0 AS seq, NULL::text AS "installmentId", false AS principal,
             ${penaltyOwedSql("l")} AS owed
        FROM "Loan" l WHERE l.id IN (SELECT "loanId" FROM loans)
      UNION ALL
      -- One pass over the installments (already only the payers'): an interest and a principal item each.
      SELECT d."loanId", CASE WHEN d.overdue THEN 'OVERDUE_' ELSE 'CURRENT_' END || part.name, d.seq, d.id, part.principal, part.owed
        FROM open_due d
       CROSS JOIN LATERAL (VALUES ('INTEREST', false, d.interest), ('PRINCIPAL', true, d.principal)) AS part(name, principal, owed)),
    items AS (
      SELECT o.*, sum(o.owed) OVER (PARTITION BY o."loanId" ORDER BY array_position(${order}::text[], o.bucket), o.seq
                                    ROWS UNBOUNDED PRECEDING) AS upto
        FROM owed o WHERE o.owed > 0),
    -- NOTE: totals per loan joined once; a correlated max() over the items CTE (no index) made
    -- this quadratic in the number of loans paying that day.
    paying AS (SELECT "loanId", max(upto) AS total FROM chosen GROUP BY "loanId"),
    owing AS (SELECT "loanId", max(upto) AS total FROM items GROUP BY "loanId"),
    excess AS (
      SELECT p."loanId", p.total - coalesce(o.total, 0) AS extra
        FROM paying p LEFT JOIN owing o ON o."loanId" = p."loanId"
       WHERE p.total > coalesce(o.total, 0)),
    split AS (
      -- The overlap of the repayment's slice [upto − spread, upto) with the item's [upto − owed, upto).
      SELECT c.id AS "repaymentId", it."loanId", it.bucket, it."installmentId", it.principal,
             least(c.upto, it.upto) - greatest(c.upto - c.spread, it.upto - it.owed) AS amount
        FROM chosen c JOIN items it ON it."loanId" = c."loanId"
       WHERE least(c.upto, it.upto) > greatest(c.upto - c.spread, it.upto - it.owed)
         AND NOT EXISTS (SELECT 1 FROM excess)),
    installments AS (
      UPDATE "LoanInstallment" i
         SET "paidInterest" = i."paidInterest" + s.interest,
             "paidPrincipal" = i."paidPrincipal" + s.principal,
             "paidAmount" = i."paidAmount" + s.interest + s.principal,
             "paidOn" = CASE WHEN i."paidInterest" + s.interest + i."paidPrincipal" + s.principal = i.interest + i.principal
                             THEN ${date} ELSE i."paidOn" END,
             -- Settled now, so PAID now: one row version instead of a second update by markInstallments.
             status = CASE WHEN i."paidInterest" + s.interest + i."paidPrincipal" + s.principal = i.interest + i.principal
                           THEN 'PAID'::"InstallmentStatus" ELSE i.status END
        FROM (SELECT "installmentId",
                     coalesce(sum(amount) FILTER (WHERE NOT principal), 0) AS interest,
                     coalesce(sum(amount) FILTER (WHERE principal), 0) AS principal
                FROM split WHERE "installmentId" IS NOT NULL GROUP BY "installmentId") s
       WHERE i.id = s."installmentId"
      RETURNING 1),
    loan_totals AS (
      UPDATE "Loan" l
         SET "penaltyPaid" = l."penaltyPaid" + s.penalty,
             "outstandingPrincipal" = l."outstandingPrincipal" - s.principal,
             version = l.version + 1
        FROM (SELECT "loanId",
                     coalesce(sum(amount) FILTER (WHERE bucket = 'OVERDUE_PENALTY_INTEREST'), 0) AS penalty,
                     coalesce(sum(amount) FILTER (WHERE principal), 0) AS principal
                FROM split GROUP BY "loanId") s
       WHERE l.id = s."loanId"
      RETURNING 1),
    repayments AS (
      UPDATE "Repayment" r
         SET "penaltyInterest" = s.pi, "overdueInterest" = s.oi, "overduePrincipal" = s.op, "currentInterest" = s.ci, "currentPrincipal" = s.cp
        FROM (SELECT "repaymentId",
                     coalesce(sum(amount) FILTER (WHERE bucket = 'OVERDUE_PENALTY_INTEREST'), 0) AS pi,
                     coalesce(sum(amount) FILTER (WHERE bucket = 'OVERDUE_INTEREST'), 0) AS oi,
                     coalesce(sum(amount) FILTER (WHERE bucket = 'OVERDUE_PRINCIPAL'), 0) AS op,
                     coalesce(sum(amount) FILTER (WHERE bucket = 'CURRENT_INTEREST'), 0) AS ci,
                     coalesce(sum(amount) FILTER (WHERE bucket = 'CURRENT_PRINCIPAL'), 0) AS cp
                FROM split GROUP BY "repaymentId") s
       WHERE r.id = s."repaymentId"
      RETURNING 1)
    SELECT (SELECT count(*) FROM repayments)::int AS repayments,
           (SELECT count(*) FROM installments)::int AS installments,
           (SELECT count(*) FROM loan_totals)::int AS loans,
           (SELECT min("loanId") FROM excess) AS "excessLoan",
           (SELECT sum(extra)::numeric(18, 2)::text FROM excess) AS excess`;
  const result = rows[0]!;
  if (result.excessLoan !== null) {
    throw new DomainError("REPAYMENT_EXCEEDS_DUE", { details: { loanId: result.excessLoan, excess: result.excess } });
  }
  return { repayments: result.repayments };
}
