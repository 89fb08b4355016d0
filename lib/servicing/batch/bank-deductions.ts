import type { Tx } from "@/lib/db";
import type { BatchContext } from "./types";

/**
 * The bank-card part of the deduction step (批量代扣, deductions.ts), for what the fund account
 * did not cover (the step's "day_due" after deductFromFundAccounts). The batch writes the day's
 * file — one BankDeduction per loan with a repayment card and something still due (unique per
 * loan and date, so a rerun writes none) — the bank port settles the whole file in SQL, and each
 * collected amount becomes a Repayment (SCHEDULED, BANK; key "SCHEDULED:BANK:<loanId>:<date>").
 * What the card could not cover stays due: overdue tomorrow.
 */
export async function deductByBankCard(tx: Tx, { businessDate, bank }: BatchContext) {
  await tx.$executeRaw`
    INSERT INTO "BankDeduction" (id, "loanId", "businessDate", "bankAccount", requested)
    SELECT gen_random_uuid()::text, d."loanId", ${businessDate}::date, d."repayBankAccount", d.due
      FROM "day_due" d
     WHERE d."repayBankAccount" IS NOT NULL AND d.due > 0
    ON CONFLICT ("loanId", "businessDate") DO NOTHING`;
  const settled = await bank.settleDeductions(tx, businessDate);
  const day = businessDate.replaceAll("-", "");
  const rows = await tx.$queryRaw<{ repayments: number; amount: string }[]>`
    WITH received AS (
      INSERT INTO "Repayment" (id, "repaymentNo", "loanId", kind, source, "businessDate", amount, "bankRef", "idempotencyKey", "actorLabel", "createdAt")
      SELECT gen_random_uuid()::text, 'DK' || ${day} || 'B' || d."loanNo", b."loanId", 'SCHEDULED', 'BANK', ${businessDate}::date,
             b.collected, b."bankRef", 'SCHEDULED:BANK:' || b."loanId" || ':' || ${businessDate}::text, 'batch', clock_timestamp()
        FROM "BankDeduction" b JOIN "day_due" d ON d."loanId" = b."loanId"
       WHERE b."businessDate" = ${businessDate}::date AND b.collected > 0
      ON CONFLICT DO NOTHING
      RETURNING amount)
    SELECT count(*)::int AS repayments, coalesce(sum(amount), 0)::numeric(18, 2)::text AS amount FROM received`;
  const { repayments, amount } = rows[0] ?? { repayments: 0, amount: "0.00" };
  return {
    bankInstructions: settled.instructions,
    bankSucceeded: settled.succeeded,
    bankPartial: settled.partial,
    bankFailed: settled.failed,
    bankRepayments: repayments,
    bankAmount: amount,
  };
}
