import { Prisma } from "@/lib/generated/prisma/client";
import { allocateRepayments } from "@/lib/servicing/settle/allocate-repayments";
import type { BatchStep } from "./types";
import { collectDayDue } from "./day-due";
import { readPendingFrom } from "./unpaid-sql";

/**
 * Step 3: the bank deduction (批量代扣) for what the fund account did not cover. The batch writes
 * the day's file — one BankDeduction per loan with a repayment card and something still due
 * (unique per loan and date, so a rerun writes none) — the bank port settles the whole file in
 * SQL, and each collected amount becomes a Repayment (SCHEDULED, BANK; key
 * "SCHEDULED:BANK:<loanId>:<date>"), allocated in the same transaction. The loans are locked
 * first (collectDayDue), as in step 2. What the card could not cover stays due: overdue tomorrow.
 */
export const bankDeductions: BatchStep = {
  name: "bankDeductions",
  label: "银行卡批量代扣",
  async run(tx, { businessDate, bank, order }) {
    const pendingFrom = await readPendingFrom(tx);
    await collectDayDue(tx, { table: "bank_due", businessDate, pendingFrom, loans: Prisma.sql`l."repayBankAccount" IS NOT NULL` });
    await tx.$executeRaw`
      INSERT INTO "BankDeduction" (id, "loanId", "businessDate", "bankAccount", requested)
      SELECT gen_random_uuid()::text, l.id, ${businessDate}::date, l."repayBankAccount", d.due
        FROM "bank_due" d JOIN "Loan" l ON l.id = d."loanId"
      ON CONFLICT ("loanId", "businessDate") DO NOTHING`;
    const settled = await bank.settleDeductions(tx, businessDate);
    const day = businessDate.replaceAll("-", "");
    const rows = await tx.$queryRaw<{ repayments: number; amount: string }[]>`
      WITH received AS (
        INSERT INTO "Repayment" (id, "repaymentNo", "loanId", kind, source, "businessDate", amount, "bankRef", "idempotencyKey", "actorLabel", "createdAt")
        SELECT gen_random_uuid()::text, 'DK' || ${day} || 'B' || l."loanNo", b."loanId", 'SCHEDULED', 'BANK', ${businessDate}::date,
               b.collected, b."bankRef", 'SCHEDULED:BANK:' || b."loanId" || ':' || ${businessDate}::text, 'batch', clock_timestamp()
          FROM "BankDeduction" b JOIN "Loan" l ON l.id = b."loanId"
         WHERE b."businessDate" = ${businessDate}::date AND b.collected > 0
        ON CONFLICT DO NOTHING
        RETURNING amount)
      SELECT count(*)::int AS repayments, coalesce(sum(amount), 0)::numeric(18, 2)::text AS amount FROM received`;
    const { repayments, amount } = rows[0] ?? { repayments: 0, amount: "0.00" };
    const where = Prisma.sql`r."businessDate" = ${businessDate}::date AND r.kind = 'SCHEDULED' AND r.source = 'BANK'`;
    await allocateRepayments(tx, { businessDate, where, order, pendingFrom, loansLocked: true });
    return {
      bankInstructions: settled.instructions,
      bankSucceeded: settled.succeeded,
      bankPartial: settled.partial,
      bankFailed: settled.failed,
      bankRepayments: repayments,
      bankAmount: amount,
    };
  },
};
