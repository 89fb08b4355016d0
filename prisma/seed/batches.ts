import type { Prisma } from "../../lib/generated/prisma/client";
import type { Tx } from "../../lib/db";
import { localBank } from "../../lib/bank/local-bank";
import { runBatch } from "../../lib/servicing/batch/run-batch";
import { addDays, stamp } from "./clock";

/**
 * Runs the app's own daily batch (lib/servicing/batch) for each seeded business date, inside the
 * seed's one transaction, with the local bank simulator: penalty postings, deductions, repayments,
 * collection cases with collectors and the daily overdue statistics come out as they would in
 * production. Each date's run is stamped 01:30 the next morning.
 * Then the fund ledger's running balances are recomputed for the accounts the batch debited: the
 * seed wrote later contributions before the batch inserted earlier debits.
 */
export async function runSeedBatches(tx: Prisma.TransactionClient, dates: readonly string[]): Promise<void> {
  // NOTE: the seed's client has no `omit` config, so its transaction type differs from lib/db's Tx
  // only in what user queries return; the batch reads no users through Prisma.
  const inTransaction = <T>(work: (t: Tx) => Promise<T>) => work(tx as unknown as Tx);
  // Fresh statistics first: planned against empty-table estimates, the batch's joins crawl.
  await tx.$executeRawUnsafe(
    `ANALYZE "Loan", "LoanInstallment", "DepositAccount", "DeductionAuthorization", "SimulatedBankAccount", "Mortgage", "User", "Case"`,
  );
  for (const businessDate of dates) {
    await runBatch(inTransaction, localBank, { businessDate, actorLabel: "batch", now: stamp(addDays(businessDate, 1), 1, 30) });
  }
  await tx.$executeRaw`
    UPDATE "LedgerEntry" e
       SET "balanceAfter" = s.running
      FROM (SELECT id, sum(amount) OVER (PARTITION BY "accountId" ORDER BY "valueDate", id) AS running
              FROM "LedgerEntry"
             WHERE "accountId" IN (SELECT "accountId" FROM "LedgerEntry" WHERE kind = 'LOAN_REPAYMENT')) s
     WHERE e.id = s.id AND e."balanceAfter" <> s.running`;
}
