import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { money, sumMoney } from "@/lib/money";
import { dateColumn, fromDateColumn } from "@/lib/dates/calendar";
import { fundSettings } from "@/lib/accounts/fund-settings";
import { closingInterest, closingPeriodStart } from "@/lib/closing/closing-interest";

export type ClosingInterestPosting = {
  interest: string;
  /** The balance after the interest: what the closing pays out. */
  balanceAfter: string;
  periodStart: string;
  periodEnd: string;
  accumulation: string;
};

/**
 * Posts the 销户结息 of an account being closed, in the caller's transaction: locks the account,
 * computes the interest on the same daily balances (积数) as the 30 June settlement, and when it is
 * above zero adds it to the balance with one INTEREST ledger entry valued on the closing day.
 * `reference` names the closing (a withdrawal number, a transfer number). The caller pays out the
 * returned balanceAfter and closes the account in the same transaction.
 * Errors: NO_ACCOUNT, ACCOUNT_CLOSED.
 */
export async function postClosingInterest(
  tx: Tx,
  opts: { accountId: string; closingDate: string; reference: string; now: Date },
): Promise<ClosingInterestPosting> {
  const [account] = await tx.$queryRaw<{ balance: string; status: string; openedOn: Date }[]>`
    SELECT balance::text, status::text, "openedOn" FROM "DepositAccount" WHERE id = ${opts.accountId} FOR UPDATE`;
  if (!account) throw new DomainError("NO_ACCOUNT");
  if (account.status === "CLOSED") throw new DomainError("ACCOUNT_CLOSED");
  // Read after the lock: a settlement that committed meanwhile is seen (it locks every open account).
  const last = await tx.interestSettlement.aggregate({ _max: { yearEnd: true } });
  const periodStart = closingPeriodStart({
    lastSettledYearEnd: last._max.yearEnd ?? null,
    openedOn: fromDateColumn(account.openedOn),
    closingDate: opts.closingDate,
  });
  const moves = await tx.$queryRaw<{ valueDate: string; amount: string }[]>`
    SELECT to_char("valueDate", 'YYYY-MM-DD') AS "valueDate", amount::text
      FROM "LedgerEntry" WHERE "accountId" = ${opts.accountId} AND "valueDate" >= ${periodStart}::date`;
  // Opening balance = today's balance less everything dated on or after the period start (as settle-interest.ts).
  const opening = money(account.balance).minus(sumMoney(moves.map((m) => m.amount)));
  const { interestRatePercent } = await fundSettings(tx);
  const result = closingInterest({
    openingBalance: opening,
    movements: moves,
    periodStart,
    closingDate: opts.closingDate,
    ratePercent: interestRatePercent,
  });
  const balanceAfter = money(account.balance).plus(money(result.interest));
  if (money(result.interest).gt(0)) {
    await tx.depositAccount.update({
      where: { id: opts.accountId },
      data: { balance: balanceAfter.toFixed(2), version: { increment: 1 } },
    });
    await tx.ledgerEntry.create({
      data: {
        accountId: opts.accountId,
        kind: "INTEREST",
        amount: result.interest,
        balanceAfter: balanceAfter.toFixed(2),
        valueDate: dateColumn(opts.closingDate),
        postedAt: opts.now,
        reference: `CLOSING-INTEREST:${opts.reference}`,
        note: `销户结息（${periodStart} 至 ${result.periodEnd}，年利率${money(interestRatePercent).toFixed(2)}%）`,
      },
    });
  }
  return {
    interest: result.interest,
    balanceAfter: balanceAfter.toFixed(2),
    periodStart,
    periodEnd: result.periodEnd,
    accumulation: result.accumulation,
  };
}
