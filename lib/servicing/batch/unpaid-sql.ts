import type { Tx } from "@/lib/db";
import { addDays, datesBetween } from "@/lib/dates/calendar";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Where the book's open installments start: the earliest due date still PENDING (null: none),
 * read from the (status, dueDate) index in one probe. The batch marks every PENDING installment
 * due before D as OVERDUE or PAID, so on a book run daily this is D or the day before.
 *
 * Why the book-wide queries need it: "PENDING and due by D" matches a few ten thousand rows of a
 * million-loan book, but the planner, assuming status and due date independent, estimates half
 * the future schedule (millions) and scans the whole table. Bounded below by this date its
 * estimate is right and it reads the index. Exact, not a heuristic: no PENDING row lies below it.
 * Queries driven by a loan id (refreshLoans, the ledger) pass null and need no bound.
 */
export async function readPendingFrom(tx: Tx): Promise<string | null> {
  const rows = await tx.$queryRaw<{ from: string | null }[]>`
    SELECT to_char(min(i."dueDate"), 'YYYY-MM-DD') AS "from" FROM "LoanInstallment" i WHERE i.status = 'PENDING'`;
  return rows[0]?.from ?? null;
}

/** Beyond this many days of PENDING installments the window is written as a range (see openDueSql). */
const MAX_LISTED_DAYS = 62;

/**
 * Open (not PAID) and due on or before D — or strictly before D with `before`. Split by status so
 * each half is a narrow part of the (status, dueDate) index; see readPendingFrom. The PENDING half
 * lists its days (due date = any of them) rather than a range: the planner estimates a list of
 * dates from their frequencies, but a two-sided range inside an OR at about a tenth of the table.
 */
export function openDueSql(alias: string, businessDate: string, pendingFrom: string | null, opts: { before?: boolean } = {}): Prisma.Sql {
  const i = Prisma.raw(`"${alias}"`);
  const upTo = opts.before ? Prisma.sql`${i}."dueDate" < ${businessDate}::date` : Prisma.sql`${i}."dueDate" <= ${businessDate}::date`;
  const overdue = Prisma.sql`(${i}.status = 'OVERDUE'::"InstallmentStatus" AND ${upTo})`;
  const orPending = (due: Prisma.Sql) => Prisma.sql`(${overdue} OR (${i}.status = 'PENDING'::"InstallmentStatus" AND ${due}))`;
  if (pendingFrom === null) return orPending(upTo);
  const days = datesBetween(pendingFrom, opts.before ? addDays(businessDate, -1) : businessDate);
  if (days.length === 0) return overdue;
  if (days.length > MAX_LISTED_DAYS) return orPending(Prisma.sql`${i}."dueDate" >= ${pendingFrom}::date AND ${upTo}`);
  return orPending(Prisma.sql`${i}."dueDate" = ANY (${days}::date[])`);
}

/**
 * The SQL twin of lib/servicing/overdue-status.ts: an installment is overdue on business date D
 * when its due date is before D and any principal or interest is unpaid. Keep both in step.
 * `alias` names the "LoanInstallment" row in the surrounding query; `pendingFrom` as in
 * readPendingFrom (null for queries driven by a loan id).
 */
export function overdueInstallmentSql(alias: string, businessDate: string, pendingFrom: string | null = null): Prisma.Sql {
  return Prisma.sql`(${openDueSql(alias, businessDate, pendingFrom, { before: true })} AND ${unpaidSql(alias)})`;
}

/**
 * Penalty interest loan `alias` still owes: posted (Loan.penaltyPosted, kept by the database as the
 * sum of its PenaltyPosting rows) − paid. The SQL twin of loan-position.ts `penaltyOwed`.
 */
export function penaltyOwedSql(alias: string): Prisma.Sql {
  const l = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${l}."penaltyPosted" - ${l}."penaltyPaid")`;
}

/** Not yet PAID: PAID is set only once nothing is unpaid. */
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
 * ("loanId", version, due, "loanNo", "repayBankAccount") for the serviced loans in `scope` with something due on D: unpaid
 * principal and interest of installments due on or before D, plus penalty interest owed (posted −
 * paid), minus what repayments of D already received but not yet allocated will pay. What a
 * deduction may take. Driven from the loans with open installments due (read by due date, see
 * readPendingFrom) or penalty ever posted (the penaltyPosted index): a few percent of the book.
 * Also returns the loan's number and repayment card, which the deduction statements need.
 */
export function amountDueSql(businessDate: string, pendingFrom: string | null, scope: LoanScope = {}): Prisma.Sql {
  return Prisma.sql`(
    WITH inst AS (
      SELECT i."loanId", sum(i.principal + i.interest - i."paidPrincipal" - i."paidInterest") AS owed
        FROM "LoanInstallment" i
       WHERE ${openDueSql("i", businessDate, pendingFrom)} AND ${inScopeSql(Prisma.sql`i."loanId"`, scope)}
       GROUP BY i."loanId"),
    pen AS (
      SELECT l.id AS "loanId" FROM "Loan" l
       WHERE l."penaltyPosted" > 0 AND ${penaltyOwedSql("l")} > 0 AND ${inScopeSql(Prisma.sql`l.id`, scope)}),
    rec AS (
      SELECT r."loanId", sum(r.amount - r."prepaidPrincipal" - r."accruedInterest") AS amount
        FROM "Repayment" r
       WHERE r."businessDate" = ${businessDate}::date AND ${unallocatedRepaymentSql("r")}
       GROUP BY r."loanId"),
    candidates AS (SELECT "loanId" FROM inst UNION SELECT "loanId" FROM pen)
    SELECT l.id AS "loanId", l.version, l."loanNo", l."repayBankAccount",
           coalesce(inst.owed, 0) + ${penaltyOwedSql("l")} - coalesce(rec.amount, 0) AS due
      FROM candidates c
      JOIN "Loan" l ON l.id = c."loanId"
      LEFT JOIN inst ON inst."loanId" = l.id
      LEFT JOIN rec ON rec."loanId" = l.id
     WHERE l.status IN ${SERVICED_LOAN_STATUSES}
       AND coalesce(inst.owed, 0) + ${penaltyOwedSql("l")} - coalesce(rec.amount, 0) > 0)`;
}
