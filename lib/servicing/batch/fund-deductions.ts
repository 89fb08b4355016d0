import { Prisma } from "@/lib/generated/prisma/client";
import { allocateRepayments } from "@/lib/servicing/settle/allocate-repayments";
import type { BatchStep } from "./types";
import { collectDayDue } from "./day-due";
import { readPendingFrom } from "./unpaid-sql";

/** The active deduction authorization (委托扣划) of loan "l". */
const AUTHORIZED = Prisma.sql`EXISTS (SELECT 1 FROM "DeductionAuthorization" a WHERE a."activeKey" = l.id AND a."revokedAt" IS NULL)`;

/**
 * Step 2: the fund-account deduction. Each authorized loan takes least(amount due up to D incl.
 * penalty, account balance) from a NORMAL account; loans sharing an account are served in loanNo
 * order. One statement writes the Repayment (SCHEDULED, FUND_ACCOUNT; key
 * "SCHEDULED:FUND:<loanId>:<date>", so a rerun inserts nothing), the LOAN_REPAYMENT ledger entry
 * with its running balanceAfter and the account's new balance and version; the repayments are
 * then allocated in the deduction order in the same transaction. The loans (collectDayDue) and
 * accounts are locked first: an online repayment on the same loan, or a withdrawal from the same
 * account, waits, or is seen by the amounts used here — so no deduction can exceed what is due
 * when it is allocated, and no balance is spent twice.
 */
export const fundDeductions: BatchStep = {
  name: "fundDeductions",
  label: "公积金账户委托扣划",
  async run(tx, { businessDate, now, order }) {
    const pendingFrom = await readPendingFrom(tx);
    await collectDayDue(tx, { table: "fund_due", businessDate, pendingFrom, loans: AUTHORIZED });
    await tx.$executeRaw`
      SELECT 1 FROM "DepositAccount" acc
       WHERE acc.id IN (SELECT a."accountId" FROM "DeductionAuthorization" a JOIN "fund_due" d ON a."activeKey" = d."loanId")
       ORDER BY acc.id FOR UPDATE`;
    const day = businessDate.replaceAll("-", "");
    const rows = await tx.$queryRaw<{ repayments: number; amount: string }[]>`
      WITH ranked AS (
        SELECT d."loanId", d.due, l."loanNo", a."accountId", acc.balance,
               coalesce(sum(d.due) OVER (PARTITION BY a."accountId" ORDER BY l."loanNo"
                                         ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS ahead
          FROM "fund_due" d
          JOIN "Loan" l ON l.id = d."loanId"
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
        RETURNING "accountId", amount, "repaymentNo"),
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
    const where = Prisma.sql`r."businessDate" = ${businessDate}::date AND r.kind = 'SCHEDULED' AND r.source = 'FUND_ACCOUNT'`;
    await allocateRepayments(tx, { businessDate, where, order, pendingFrom, loansLocked: true });
    return { fundRepayments: repayments, fundAmount: amount };
  },
};
