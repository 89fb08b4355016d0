import type { Tx } from "@/lib/db";
import { amountDueSql } from "./unpaid-sql";

/**
 * The amounts the deduction step may take, read once into the temporary table "day_due"
 * ("loanId", version, due, "loanNo", "repayBankAccount"; dropped at commit) that the step's
 * statements (account locks, fund deduction, bank file, repayments) then share: the amount due
 * touches every installment due that day, and reading it once per statement tripled the step's
 * time. The loans are then locked (FOR UPDATE, in id order), and any loan whose version moved
 * between the read and the lock (an online repayment, prepayment or payoff committed meanwhile)
 * is read again under the lock, so the table holds exactly what is due when it is allocated.
 */
export async function collectDayDue(tx: Tx, opts: { businessDate: string; pendingFrom: string | null }): Promise<void> {
  const due = (scope: { loanIds?: string[] }) => amountDueSql(opts.businessDate, opts.pendingFrom, scope);
  // The seed runs many business dates in one transaction: drop the previous date's table first.
  await tx.$executeRaw`DROP TABLE IF EXISTS "day_due"`;
  await tx.$executeRaw`CREATE TEMPORARY TABLE "day_due" ON COMMIT DROP AS SELECT * FROM ${due({})} d`;
  await tx.$executeRaw`ANALYZE "day_due"`;
  // FOR UPDATE returns each row as it is once locked: a version unlike the one read marks a loan
  // that changed in between.
  const moved = await tx.$queryRaw<{ loanId: string }[]>`
    WITH locked AS (SELECT l.id, l.version FROM "Loan" l WHERE l.id IN (SELECT "loanId" FROM "day_due") ORDER BY l.id FOR UPDATE)
    SELECT k.id AS "loanId" FROM locked k JOIN "day_due" t ON t."loanId" = k.id WHERE k.version <> t.version`;
  if (moved.length > 0) {
    const loanIds = moved.map((m) => m.loanId);
    await tx.$executeRaw`DELETE FROM "day_due" WHERE "loanId" = ANY (${loanIds}::text[])`;
    await tx.$executeRaw`INSERT INTO "day_due" SELECT * FROM ${due({ loanIds })} d`;
  }
}
