import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { money } from "@/lib/money";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertNoInsiderConflict } from "@/lib/fraud/insider-check";
import { todayInShanghai } from "@/lib/dates/calendar";
import { REASON_RULES, isReasonCode } from "@/lib/withdrawals/reasons";

export type RecordPayoutOptions = { withdrawalId: string; payoutRef: string; actorId: string; windowId?: string | null; now?: Date };

/**
 * Records the transfer of an APPROVED withdrawal to the citizen's bank account and debits the
 * balance: exactly once (the status moves APPROVED → PAID first, so a second payout finds nothing
 * to move), and never below zero (the debit is one UPDATE … WHERE balance >= amount, which Postgres
 * re-checks on the locked row, so two payouts racing for one balance cannot both pass). A reason
 * that closes the account pays the whole balance and closes it. Staff never pay out their own or a
 * declared relative's withdrawal (insider control, flagged).
 * Errors: NOT_FOUND, STALE, INSUFFICIENT_BALANCE, INSIDER_CONFLICT.
 */
export async function recordPayout(opts: RecordPayoutOptions): Promise<{ amount: string; balanceAfter: string }> {
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const w = await tx.withdrawal.findUnique({
      where: { id: opts.withdrawalId },
      select: { id: true, accountId: true, amount: true, reasonCode: true, withdrawalNo: true, depositorId: true, depositor: { select: { idNumber: true } } },
    });
    if (!w) throw new DomainError("NOT_FOUND");
    await assertNoInsiderConflict(tx, {
      staffUserId: opts.actorId,
      partyIdNumbers: [w.depositor.idNumber],
      depositorId: w.depositorId,
      action: "WITHDRAWAL_PAYOUT",
      refusalKey: `payout:${w.id}:${opts.actorId}`,
      withdrawalId: w.id,
      windowId: opts.windowId ?? null,
    });
    const moved = await tx.withdrawal.updateMany({
      where: { id: w.id, status: "APPROVED" },
      data: { status: "PAID", paidById: opts.actorId, paidAt: now, payoutRef: opts.payoutRef, inFlightKey: null, version: { increment: 1 } },
    });
    if (moved.count !== 1) throw new DomainError("STALE");
    const closes = isReasonCode(w.reasonCode) && REASON_RULES[w.reasonCode].closesAccount;
    let amount = money(w.amount);
    if (closes) {
      // Whatever came in since the application (a last contribution, interest) is paid out too.
      const [row] = await tx.$queryRaw<{ balance: string }[]>`SELECT balance::text FROM "DepositAccount" WHERE id = ${w.accountId} FOR UPDATE`;
      amount = money(row!.balance);
      await tx.withdrawal.update({ where: { id: w.id }, data: { amount: amount.toFixed(2) } });
    }
    const debited = await tx.depositAccount.updateMany({
      where: { id: w.accountId, balance: { gte: amount.toFixed(2) } },
      data: { balance: { decrement: amount.toFixed(2) }, version: { increment: 1 }, ...(closes ? { status: "CLOSED" as const } : {}) },
    });
    if (debited.count !== 1) throw new DomainError("INSUFFICIENT_BALANCE");
    const account = await tx.depositAccount.findUniqueOrThrow({ where: { id: w.accountId }, select: { balance: true } });
    await tx.ledgerEntry.create({
      data: {
        accountId: w.accountId,
        kind: "WITHDRAWAL",
        amount: amount.negated().toFixed(2),
        balanceAfter: account.balance.toFixed(2),
        valueDate: new Date(`${todayInShanghai(now)}T00:00:00Z`),
        postedAt: now,
        reference: w.withdrawalNo,
        note: isReasonCode(w.reasonCode) ? `${REASON_RULES[w.reasonCode].label}提取` : "提取",
      },
    });
    await recordAudit(tx, {
      actorId: opts.actorId,
      windowId: opts.windowId ?? null,
      action: "WITHDRAWAL_PAID",
      entityType: "Withdrawal",
      entityId: w.id,
      fromState: "APPROVED",
      toState: "PAID",
      detail: { amount: amount.toFixed(2), balanceAfter: account.balance.toFixed(2), payoutRef: opts.payoutRef, closed: closes },
    });
    return { amount: amount.toFixed(2), balanceAfter: account.balance.toFixed(2) };
  });
}
