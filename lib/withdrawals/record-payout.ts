import { DomainError, isDomainError } from "@/lib/errors";
import { money } from "@/lib/money";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import type { BankPort } from "@/lib/bank/bank-port";
import { bankPort } from "@/lib/bank/choose-bank";
import { inTransaction } from "@/lib/db/transaction";
import { todayInShanghai } from "@/lib/dates/calendar";
import { assertNoInsiderConflict } from "@/lib/fraud/insider-check";
import { REASON_RULES, isReasonCode } from "@/lib/withdrawals/reasons";
import { auditRefusal } from "@/lib/withdrawals/refusals";
import { banRefusal, stopIfBanned } from "@/lib/withdrawals/stop-on-ban";
import { assertNoLoanOutstanding } from "@/lib/closing/loan-outstanding";
import { postClosingInterest } from "@/lib/closing/post-closing-interest";
import { notifyWithdrawalPaid } from "@/lib/notifications/money-events";
import { withdrawalDone } from "@/lib/notifications/queue-events";
import type { BanRefusalFacts } from "@/lib/fraud/refusal-messages";

export type RecordPayoutOptions = { actor: Actor; withdrawalId: string; now?: Date; bank?: BankPort };

/** The bank reference a withdrawal is paid under: one per withdrawal, so the bank pays it once. */
export const payoutReference = (withdrawalId: string) => `withdrawal:${withdrawalId}`;

/**
 * A TELLER pays an APPROVED withdrawal through the bank port to the depositor's own card and
 * debits the balance, all in one transaction. Maker ≠ checker ≠ payer: neither whoever submitted it
 * nor whoever approved it may pay it. The blacklist is checked again (a ban filed since approval
 * stops the withdrawal with its reason).
 * Exactly once: the withdrawal row is locked first, so concurrent payouts run one after the other
 * and the second finds it PAID (STALE); the bank pays under one reference per withdrawal, so even a
 * bank that already paid answers its first receipt. Never below zero (the debit is one UPDATE …
 * WHERE balance >= amount). If the bank refuses (BANK_PAY_FAILED, details.reason), everything
 * rolls back: the balance is untouched, the withdrawal stays APPROVED and may be paid again; the
 * failure is counted on the withdrawal and audited. A reason that closes the account first posts
 * the 销户结息 (lib/closing/post-closing-interest.ts: interest to the closing day on the same 积数
 * as the 30 June settlement, an INTEREST ledger entry), then pays the whole balance and closes it;
 * a loan outstanding refuses it (LOAN_OUTSTANDING). Staff never pay out their own or a declared relative's withdrawal.
 * Errors: FORBIDDEN_ROLE, NOT_FOUND, STALE, FOUR_EYES_SUBMITTER, FOUR_EYES_APPROVER, BLACKLISTED,
 * INSUFFICIENT_BALANCE, INSIDER_CONFLICT, BANK_PAY_FAILED.
 */
export async function recordPayout(opts: RecordPayoutOptions): Promise<{ amount: string; balanceAfter: string; bankRef: string }> {
  requireActorRole(opts.actor, "TELLER");
  const now = opts.now ?? new Date();
  const bank = opts.bank ?? bankPort();
  const actorId = opts.actor.userId;
  const windowId = opts.actor.windowId;
  let outcome: { stopped: BanRefusalFacts } | { amount: string; balanceAfter: string; bankRef: string };
  try {
    outcome = await inTransaction(async (tx) => {
      const [locked] = await tx.$queryRaw<
        { status: string }[]
      >`SELECT status::text AS status FROM "Withdrawal" WHERE id = ${opts.withdrawalId} FOR UPDATE`;
      if (!locked) throw new DomainError("NOT_FOUND");
      if (locked.status !== "APPROVED") throw new DomainError("STALE");
      const w = await tx.withdrawal.findUniqueOrThrow({
        where: { id: opts.withdrawalId },
        select: {
          id: true,
          accountId: true,
          amount: true,
          reasonCode: true,
          withdrawalNo: true,
          depositorId: true,
          bankAccount: true,
          submittedById: true,
          decidedById: true,
          depositor: { select: { idNumber: true, name: true } },
        },
      });
      if (w.submittedById === actorId) throw new DomainError("FOUR_EYES_SUBMITTER");
      if (w.decidedById === actorId) throw new DomainError("FOUR_EYES_APPROVER");
      await assertNoInsiderConflict(tx, {
        staffUserId: actorId,
        partyIdNumbers: [w.depositor.idNumber],
        depositorId: w.depositorId,
        action: "WITHDRAWAL_PAYOUT",
        refusalKey: `payout:${w.id}:${actorId}`,
        withdrawalId: w.id,
        windowId,
      });
      const stopped = await stopIfBanned(
        tx,
        { id: w.id, status: "APPROVED", idNumber: w.depositor.idNumber },
        { actor: opts.actor, step: "PAYOUT", now },
      );
      if (stopped) return { stopped };
      const closes = isReasonCode(w.reasonCode) && REASON_RULES[w.reasonCode].closesAccount;
      let amount = money(w.amount);
      let closingInterest: string | null = null;
      if (closes) {
        // A loan taken since the application keeps the account open (lib/closing, issue 15.5).
        await assertNoLoanOutstanding(tx, w.depositorId);
        // 销户结息 first, then whatever came in since the application (a last contribution, interest) is paid out too.
        const posted = await postClosingInterest(tx, {
          accountId: w.accountId,
          closingDate: todayInShanghai(now),
          reference: w.withdrawalNo,
          now,
        });
        closingInterest = posted.interest;
        amount = money(posted.balanceAfter);
      }
      const debited = await tx.depositAccount.updateMany({
        where: { id: w.accountId, balance: { gte: amount.toFixed(2) } },
        data: { balance: { decrement: amount.toFixed(2) }, version: { increment: 1 }, ...(closes ? { status: "CLOSED" as const } : {}) },
      });
      if (debited.count !== 1) throw new DomainError("INSUFFICIENT_BALANCE");
      const receipt = await bank.pay(tx, {
        reference: payoutReference(w.id),
        payeeName: w.depositor.name,
        card: w.bankAccount,
        amount: amount.toFixed(2),
      });
      await tx.withdrawal.update({
        where: { id: w.id },
        data: {
          status: "PAID",
          paidById: actorId,
          paidAt: now,
          payoutRef: receipt.bankRef,
          inFlightKey: null,
          amount: amount.toFixed(2),
          version: { increment: 1 },
        },
      });
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
        actorId,
        windowId,
        action: "WITHDRAWAL_PAID",
        entityType: "Withdrawal",
        entityId: w.id,
        fromState: "APPROVED",
        toState: "PAID",
        detail: {
          amount: amount.toFixed(2),
          balanceAfter: account.balance.toFixed(2),
          payoutRef: receipt.bankRef,
          bank: bank.name,
          closed: closes,
          ...(closingInterest === null ? {} : { closingInterest }),
        },
      });
      await notifyWithdrawalPaid(tx, { withdrawalId: w.id, paidAmount: amount.toFixed(2), now });
      await withdrawalDone(tx, { withdrawalId: w.id, now });
      return { amount: amount.toFixed(2), balanceAfter: account.balance.toFixed(2), bankRef: receipt.bankRef };
    });
  } catch (error) {
    if (isDomainError(error) && error.code === "BANK_PAY_FAILED") {
      await inTransaction((tx) => tx.withdrawal.update({ where: { id: opts.withdrawalId }, data: { payoutFailures: { increment: 1 } } }));
    }
    throw await auditRefusal(error, { actor: opts.actor, step: "PAYOUT", entityType: "Withdrawal", entityId: opts.withdrawalId });
  }
  if ("stopped" in outcome) throw banRefusal(outcome.stopped);
  return outcome;
}
