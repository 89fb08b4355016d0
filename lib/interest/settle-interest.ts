import { DomainError } from "@/lib/errors";
import { inTransaction } from "@/lib/db/transaction";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { money, sumMoney } from "@/lib/money";
import { recordAudit } from "@/lib/audit/record-audit";
import { todayInShanghai } from "@/lib/dates/calendar";
import { fundSettings } from "@/lib/accounts/fund-settings";
import { latestDueYearEnd, settlementInterest, settlementPeriod } from "@/lib/interest/accumulation";

export type SettleInterestOptions = { yearEnd: number; /** An ADMIN. */ actor: Actor; now?: Date };

/**
 * The annual settlement (结息) on 30 June of `yearEnd`, at the configured rate: every account not
 * closed gets one INTEREST ledger entry dated 30 June (积数 × rate / 360, half-up to the fen), in
 * one transaction. The unique InterestSettlement.yearEnd makes it idempotent: a second run is
 * refused. Errors: FORBIDDEN_ROLE, NOT_YET_DUE (before 30 June of yearEnd), ALREADY_SETTLED,
 * ALREADY_HANDLED / SYSTEM_BUSY (a write conflict or an overloaded database, via inTransaction).
 */
export async function settleInterest(
  opts: SettleInterestOptions,
): Promise<{ accountCount: number; totalInterest: string; ratePercent: string }> {
  requireActorRole(opts.actor, "ADMIN");
  const actorId = opts.actor.userId;
  const now = opts.now ?? new Date();
  const { periodStart, periodEnd } = settlementPeriod(opts.yearEnd);
  if (latestDueYearEnd(todayInShanghai(now)) < opts.yearEnd) throw new DomainError("NOT_YET_DUE");
  return inTransaction(
    async (tx) => {
      // The rate in force on the settlement day (30 June), versioned data at /admin/parameters.
      const { interestRatePercent } = await fundSettings(tx, `${opts.yearEnd}-06-30`);
      // Created first: a second settlement of the same year waits here and then fails.
      const settlement = await tx.interestSettlement.create({
        data: {
          yearEnd: opts.yearEnd,
          ratePercent: interestRatePercent,
          accountCount: 0,
          totalInterest: "0",
          postedById: actorId,
          postedAt: now,
        },
      });
      const accounts = await tx.$queryRaw<{ id: string; balance: string }[]>`
        SELECT id, balance::text FROM "DepositAccount" WHERE status <> 'CLOSED' ORDER BY id FOR UPDATE`;
      const moves = await tx.$queryRaw<{ accountId: string; valueDate: string; amount: string }[]>`
        SELECT "accountId", to_char("valueDate", 'YYYY-MM-DD') AS "valueDate", amount::text
          FROM "LedgerEntry" WHERE "valueDate" >= ${periodStart}::date`;
      const byAccount = new Map<string, { valueDate: string; amount: string }[]>();
      for (const m of moves) (byAccount.get(m.accountId) ?? byAccount.set(m.accountId, []).get(m.accountId)!).push(m);
      const postings = accounts.flatMap((a) => {
        const all = byAccount.get(a.id) ?? [];
        // Opening balance = today's balance less everything dated on or after the period start.
        const opening = money(a.balance).minus(sumMoney(all.map((m) => m.amount)));
        const inPeriod = all.filter((m) => m.valueDate <= periodEnd);
        const { interest } = settlementInterest({
          openingBalance: opening,
          movements: inPeriod,
          periodStart,
          periodEnd,
          ratePercent: interestRatePercent,
        });
        return money(interest).gt(0) ? [{ aid: a.id, amount: interest }] : [];
      });
      const payload = JSON.stringify(postings);
      const note = `${opts.yearEnd - 1}-${opts.yearEnd}年度结息（年利率${money(interestRatePercent).toFixed(2)}%）`;
      await tx.$executeRaw`
        WITH v AS (SELECT * FROM jsonb_to_recordset(${payload}::jsonb) AS t(aid text, amount numeric)),
        u AS (
          UPDATE "DepositAccount" a SET balance = a.balance + v.amount, version = a.version + 1, "updatedAt" = ${now}
            FROM v WHERE a.id = v.aid RETURNING a.id, a.balance, v.amount
        )
        INSERT INTO "LedgerEntry" ("accountId", kind, amount, "balanceAfter", "valueDate", "postedAt", reference, note)
        SELECT id, 'INTEREST', amount, balance, ${periodEnd}::date, ${now}, ${`INTEREST-${opts.yearEnd}`}, ${note} FROM u`;
      const totalInterest = sumMoney(postings.map((p) => p.amount)).toFixed(2);
      await tx.interestSettlement.update({ where: { id: settlement.id }, data: { accountCount: postings.length, totalInterest } });
      await recordAudit(tx, {
        actorId,
        action: "INTEREST_SETTLED",
        entityType: "InterestSettlement",
        entityId: settlement.id,
        toState: "POSTED",
        detail: { yearEnd: opts.yearEnd, ratePercent: interestRatePercent, accounts: postings.length, totalInterest },
      });
      return { accountCount: postings.length, totalInterest, ratePercent: interestRatePercent };
    },
    { timeoutMs: 300_000, onUnique: () => new DomainError("ALREADY_SETTLED") },
  );
}
