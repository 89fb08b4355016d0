import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { amountDueSql } from "./unpaid-sql";

export type DayDueOptions = {
  /** The temporary table to fill: ("loanId", version, due), dropped at commit. A constant name. */
  table: "fund_due" | "bank_due";
  businessDate: string;
  pendingFrom: string | null;
  /** Which loans the deduction serves, a predicate on "Loan" l (e.g. has a bank card). */
  loans: Prisma.Sql;
};

/**
 * The amounts a deduction step may take, read once into a temporary table that the step's
 * statements (lock, choose, insert) then share — the amount due touches every installment due
 * that day, and reading it once per statement tripled the step's time. The loans are then locked
 * (FOR UPDATE, in id order), and any loan whose version moved between the read and the lock (an
 * online repayment, prepayment or payoff committed meanwhile) is read again under the lock, so the
 * table holds exactly what is due when the deduction is allocated.
 */
export async function collectDayDue(tx: Tx, opts: DayDueOptions): Promise<void> {
  const table = Prisma.raw(`"${opts.table}"`);
  const due = (scope: { loanIds?: string[] }) => Prisma.sql`
    SELECT d."loanId", d.version, d.due FROM ${amountDueSql(opts.businessDate, opts.pendingFrom, scope, opts.loans)} d`;
  // The seed runs many business dates in one transaction: drop the previous date's table first.
  await tx.$executeRaw`DROP TABLE IF EXISTS ${table}`;
  await tx.$executeRaw`CREATE TEMPORARY TABLE ${table} ON COMMIT DROP AS ${due({})}`;
  await tx.$executeRaw`ANALYZE ${table}`;
  await tx.$executeRaw`SELECT 1 FROM "Loan" l WHERE l.id IN (SELECT "loanId" FROM ${table}) ORDER BY l.id FOR UPDATE`;
  const moved = await tx.$queryRaw<{ loanId: string }[]>`
    DELETE FROM ${table} t USING "Loan" l WHERE l.id = t."loanId" AND l.version <> t.version RETURNING t."loanId"`;
  if (moved.length > 0) await tx.$executeRaw`INSERT INTO ${table} ${due({ loanIds: moved.map((m) => m.loanId) })}`;
}
