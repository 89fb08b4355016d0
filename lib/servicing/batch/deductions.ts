import { Prisma } from "@/lib/generated/prisma/client";
import { allocateRepayments } from "@/lib/servicing/settle/allocate-repayments";
import { deductByBankCard } from "./bank-deductions";
import { collectDayDue } from "./day-due";
import { deductFromFundAccounts } from "./fund-deductions";
import type { BatchStep } from "./types";
import { readPendingFrom } from "./unpaid-sql";

/**
 * Step 2: the day's deductions (一天一销号). The amount due of every serviced loan with something
 * due is read once and its loans locked (collectDayDue), so an online repayment, prepayment or
 * payoff on the same loan waits or is seen by these amounts; the fund account is debited first
 * for loans under a deduction authorization, the bank card for the rest; then every repayment of
 * the step — a loan may have one of each, the fund one first — is allocated in the deduction order
 * in the same transaction, so no unallocated repayment is ever visible to the rest of the app and
 * no deduction can exceed what is due when it is allocated.
 */
export const deductions: BatchStep = {
  name: "deductions",
  label: "委托扣划与银行卡代扣",
  async run(tx, ctx) {
    const { businessDate, order } = ctx;
    const pendingFrom = await readPendingFrom(tx);
    await collectDayDue(tx, { businessDate, pendingFrom });
    const fund = await deductFromFundAccounts(tx, ctx);
    const bank = await deductByBankCard(tx, ctx);
    const where = Prisma.sql`r."businessDate" = ${businessDate}::date AND r.kind = 'SCHEDULED'`;
    await allocateRepayments(tx, { businessDate, where, order, pendingFrom, loansLocked: true });
    return { ...fund, ...bank };
  },
};
