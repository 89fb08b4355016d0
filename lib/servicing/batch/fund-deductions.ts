import type { Tx } from "@/lib/db";
import type { BatchContext } from "./types";

/**
 * The fund-account part of the deduction step (deductions.ts), over the step's "day_due" table
 * (collectDayDue: amounts due, loans locked). Each loan with an active deduction authorization
 * (委托扣划) takes least(amount due, balance) from a NORMAL account; loans sharing an account are
 * served in loanNo order. One statement writes the Repayment (SCHEDULED, FUND_ACCOUNT; key
 * "SCHEDULED:FUND:<loanId>:<date>", so a rerun inserts nothing), the LOAN_REPAYMENT ledger entry
 * with its running balanceAfter, the account's new balance and version, and lowers the loan's
 * day_due by what it took, leaving the rest to the bank card. The accounts are locked first, so a
 * withdrawal from the same account waits and no balance is spent twice.
 */
export async function deductFromFundAccounts(tx: Tx, { businessDate, now }: BatchContext) {
  await tx.$executeRaw`
    SELECT 1 FROM "DepositAccount" acc
     WHERE acc.id IN (SELECT a."accountId" FROM "DeductionAuthorization" a JOIN "day_due" d ON a."activeKey" = d."loanId")
     ORDER BY acc.id FOR UPDATE`;
  const day = businessDate.replaceAll("-", "");
  const rows = await tx.$queryRaw<{ repayments: number; amount: string }[]>`
    WITH ranked AS (
      SELECT d."loanId", d.due, d."loanNo", a."accountId", acc.balance,
             coalesce(sum(d.due) OVER (PARTITION BY a."accountId" ORDER BY d."loanNo"
                                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS ahead
        FROM "day_due" d
        JOIN "DeductionAuthorization" a ON a."activeKey" = d."loanId" AND a."revokedAt" IS NULL
        JOIN "DepositAccount" acc ON acc.id = a."accountId" AND acc.status = 'NORMAL' AND acc.balance > 0),
    taken AS (SELECT r.*, least(r.due, greatest(r.balance - r.ahead, 0)) AS take FROM ranked r),
    received AS (
      INSERT INTO "Repayment" (id, "repaymentNo", "loanId", kind, source, "businessDate", amount, "accountId", "idempotencyKey", "actorLabel", "createdAt")
      SELECT gen_random_uuid()::text, 'DK' || ${day} || 'F' || t."loanNo", t."loanId", 'SCHEDULED', 'FUND_ACCOUNT',
             ${businessDate}::date, t.take, t."accountId", 'SCHEDULED:FUND:' || t."loanId" || ':' || ${businessDate}::text, 'batch', clock_timestamp()
        FROM taken t
       WHERE t.take > 0
      ON CONFLICT DO NOTHING
      RETURNING "loanId", "accountId", amount, "repaymentNo"),
    left_to_bank AS (
      UPDATE "day_due" d SET due = d.due - r.amount FROM received r WHERE d."loanId" = r."loanId"
      RETURNING 1),
    running AS (
      SELECT r.*, acc.balance - sum(r.amount) OVER (PARTITION BY r."accountId" ORDER BY r."repaymentNo") AS after
        FROM received r JOIN "DepositAccount" acc ON acc.id = r."accountId"),
    ledger AS (
      INSERT INTO "LedgerEntry" ("accountId", kind, amount, "balanceAfter", "valueDate", "postedAt", reference, note)
      SELECT r."accountId", 'LOAN_REPAYMENT', -r.amount, r.after, ${businessDate}::date, ${now.toISOString()}::timestamp, r."repaymentNo", '委托扣划偿还公积金贷款'
        FROM running r
      RETURNING 1),
    debited AS (
      UPDATE "DepositAccount" acc
         SET balance = acc.balance - s.total, version = acc.version + 1, "updatedAt" = ${now.toISOString()}::timestamp
        FROM (SELECT "accountId", sum(amount) AS total FROM received GROUP BY "accountId") s
       WHERE acc.id = s."accountId"
      RETURNING 1)
    SELECT count(*)::int AS repayments, coalesce(sum(amount), 0)::numeric(18, 2)::text AS amount FROM received`;
  const { repayments, amount } = rows[0] ?? { repayments: 0, amount: "0.00" };
  return { fundRepayments: repayments, fundAmount: amount };
}
