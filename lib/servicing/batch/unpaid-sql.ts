import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The SQL twin of lib/servicing/overdue-status.ts: an installment is overdue on business date D
 * when its due date is before D and any principal or interest is unpaid. Keep both in step.
 * `alias` names the "LoanInstallment" row in the surrounding query.
 */
export function overdueInstallmentSql(alias: string, businessDate: string): Prisma.Sql {
  const i = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${openInstallmentSql(alias)} AND ${i}."dueDate" < ${businessDate}::date AND ${unpaidSql(alias)})`;
}

/**
 * Not yet PAID, written so the (status, dueDate) index serves it: PAID is set only once nothing is
 * unpaid, so settled rows — the bulk of a large book — are skipped without being read.
 */
export function openInstallmentSql(alias: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`"${alias}"`)}.status IN ('PENDING'::"InstallmentStatus", 'OVERDUE'::"InstallmentStatus")`;
}

export function unpaidSql(alias: string): Prisma.Sql {
  const i = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${i}."paidPrincipal" + ${i}."paidInterest" < ${i}.principal + ${i}.interest)`;
}

/** Loans the batch services: disbursed and not yet paid off. */
export const SERVICED_LOAN_STATUSES = Prisma.sql`('ACTIVE'::"LoanStatus", 'OVERDUE'::"LoanStatus")`;

/** Which loans a rule touches: every serviced loan (the batch) or a few (refreshLoans). */
export type LoanScope = { loanIds?: readonly string[] };

/** `column` (a loan id, e.g. l.id or i."loanId") lies in the scope. */
export function inScopeSql(column: Prisma.Sql, scope: LoanScope): Prisma.Sql {
  return scope.loanIds ? Prisma.sql`${column} = ANY (${[...scope.loanIds]}::text[])` : Prisma.sql`TRUE`;
}

/** Repayments received but not yet spread over the buckets (allocate-repayments.ts marks them). */
export function unallocatedRepaymentSql(alias: string): Prisma.Sql {
  const r = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${r}."penaltyInterest" = 0 AND ${r}."overdueInterest" = 0 AND ${r}."overduePrincipal" = 0
    AND ${r}."currentInterest" = 0 AND ${r}."currentPrincipal" = 0
    AND ${r}.amount - ${r}."prepaidPrincipal" - ${r}."accruedInterest" > 0)`;
}

/**
 * ("loanId", due) for every serviced loan with something due on D: unpaid principal and interest
 * of installments due on or before D, plus penalty interest owed (posted − paid), minus what
 * repayments of D already received but not yet allocated will pay. What a deduction may take.
 */
export function amountDueSql(businessDate: string): Prisma.Sql {
  // Driven from the loans with something open and due or penalty posted (a few percent of the
  // book), not from every loan: a scan of a million Loan rows per use cost seconds.
  return Prisma.sql`(
    WITH inst AS (
      SELECT i."loanId", sum(i.principal + i.interest - i."paidPrincipal" - i."paidInterest") AS owed
        FROM "LoanInstallment" i
       WHERE ${openInstallmentSql("i")} AND i."dueDate" <= ${businessDate}::date
       GROUP BY i."loanId"),
    pen AS (SELECT p."loanId", sum(p.amount) AS posted FROM "PenaltyPosting" p GROUP BY p."loanId"),
    rec AS (
      SELECT r."loanId", sum(r.amount - r."prepaidPrincipal" - r."accruedInterest") AS amount
        FROM "Repayment" r
       WHERE r."businessDate" = ${businessDate}::date AND ${unallocatedRepaymentSql("r")}
       GROUP BY r."loanId"),
    candidates AS (SELECT "loanId" FROM inst UNION SELECT "loanId" FROM pen)
    SELECT l.id AS "loanId",
           coalesce(inst.owed, 0) + coalesce(pen.posted, 0) - l."penaltyPaid" - coalesce(rec.amount, 0) AS due
      FROM candidates c
      JOIN "Loan" l ON l.id = c."loanId"
      LEFT JOIN inst ON inst."loanId" = l.id
      LEFT JOIN pen ON pen."loanId" = l.id
      LEFT JOIN rec ON rec."loanId" = l.id
     WHERE l.status IN ${SERVICED_LOAN_STATUSES}
       AND coalesce(inst.owed, 0) + coalesce(pen.posted, 0) - l."penaltyPaid" - coalesce(rec.amount, 0) > 0)`;
}

