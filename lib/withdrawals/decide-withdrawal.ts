import { DomainError } from "@/lib/errors";
import { formatYuan, money } from "@/lib/money";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { assertNoInsiderConflict } from "@/lib/fraud/insider-check";
import { withdrawalDone, withdrawalQueued } from "@/lib/notifications/queue-events";
import { auditRefusal } from "@/lib/withdrawals/refusals";
import { banRefusal, stopIfBanned } from "@/lib/withdrawals/stop-on-ban";
import type { BanRefusalFacts } from "@/lib/fraud/refusal-messages";

export type DecideWithdrawalOptions = {
  actor: Actor;
  withdrawalId: string;
  /** The version the approver saw: a decision made on a stale screen is refused. */
  version: number;
  decision: "APPROVE" | "REJECT";
  note: string;
  now?: Date;
};

/**
 * A TELLER with a delegated withdrawal authority (User.withdrawalLimit, data) approves or rejects a
 * SUBMITTED withdrawal. Maker ≠ checker: whoever submitted it (the teller who took it at the
 * window) never decides it. Approval needs amount ≤ the approver's limit, re-checks the blacklist
 * (a ban filed since submission stops the withdrawal with its reason) and that the balance still
 * covers the amount (the debit itself happens at payout, guarded again there). A rejection frees
 * the reason for a new application. A HELD one waits for the risk officer (lib/fraud/resolve-flag),
 * and staff never decide their own or a declared relative's withdrawal (insider control, flagged).
 * Each refusal where money is at stake leaves an audit row (refusals.ts).
 * Errors: FORBIDDEN_ROLE, NOT_FOUND, HELD, STALE, NOTE_REQUIRED (field note), FOUR_EYES_SUBMITTER,
 * NO_WITHDRAWAL_AUTHORITY, OVER_AUTHORITY (details limit, amount), BLACKLISTED (details.reason),
 * INSUFFICIENT_BALANCE, INSIDER_CONFLICT.
 */
export async function decideWithdrawal(opts: DecideWithdrawalOptions): Promise<{ status: "APPROVED" | "REJECTED" }> {
  requireActorRole(opts.actor, "TELLER");
  const now = opts.now ?? new Date();
  const actorId = opts.actor.userId;
  const windowId = opts.actor.windowId;
  if (opts.decision === "REJECT" && opts.note.trim() === "") throw new DomainError("NOTE_REQUIRED", { field: "note" });
  let outcome: { status: "APPROVED" | "REJECTED"; stopped: BanRefusalFacts | null };
  try {
    outcome = await inTransaction(async (tx) => {
      const w = await tx.withdrawal.findUnique({
        where: { id: opts.withdrawalId },
        select: {
          id: true,
          amount: true,
          status: true,
          version: true,
          submittedById: true,
          depositorId: true,
          depositor: { select: { idNumber: true } },
          account: { select: { balance: true } },
        },
      });
      if (!w) throw new DomainError("NOT_FOUND");
      if (w.status === "HELD") throw new DomainError("HELD");
      if (w.status !== "SUBMITTED" || w.version !== opts.version) throw new DomainError("STALE");
      if (w.submittedById === actorId) throw new DomainError("FOUR_EYES_SUBMITTER");
      const me = await tx.user.findUniqueOrThrow({ where: { id: actorId }, select: { withdrawalLimit: true } });
      if (!me.withdrawalLimit) throw new DomainError("NO_WITHDRAWAL_AUTHORITY");
      if (opts.decision === "APPROVE" && money(w.amount).gt(money(me.withdrawalLimit))) {
        throw new DomainError("OVER_AUTHORITY", { details: { limit: formatYuan(me.withdrawalLimit), amount: w.amount.toFixed(2) } });
      }
      await assertNoInsiderConflict(tx, {
        staffUserId: actorId,
        partyIdNumbers: [w.depositor.idNumber],
        depositorId: w.depositorId,
        action: "WITHDRAWAL_DECIDE",
        refusalKey: `decide:${w.id}:${actorId}`,
        withdrawalId: w.id,
        windowId,
      });
      if (opts.decision === "APPROVE") {
        const stopped = await stopIfBanned(
          tx,
          { id: w.id, status: "SUBMITTED", idNumber: w.depositor.idNumber },
          { actor: opts.actor, step: "DECIDE", now },
        );
        if (stopped) return { status: "REJECTED" as const, stopped };
        if (w.account.balance.lt(w.amount)) throw new DomainError("INSUFFICIENT_BALANCE");
      }
      const status = opts.decision === "APPROVE" ? "APPROVED" : "REJECTED";
      const moved = await tx.withdrawal.updateMany({
        where: { id: w.id, status: "SUBMITTED", version: opts.version },
        data: {
          status,
          decidedById: actorId,
          decidedAt: now,
          reviewNote: opts.note.trim() || null,
          version: { increment: 1 },
          ...(status === "REJECTED" ? { inFlightKey: null } : {}),
        },
      });
      if (moved.count !== 1) throw new DomainError("STALE");
      await recordAudit(tx, {
        actorId,
        windowId,
        action: status === "APPROVED" ? "WITHDRAWAL_APPROVED" : "WITHDRAWAL_REJECTED",
        entityType: "Withdrawal",
        entityId: w.id,
        fromState: "SUBMITTED",
        toState: status,
        detail: { amount: w.amount.toFixed(2), ...(opts.note.trim() ? { note: opts.note.trim() } : {}) },
      });
      // The checkers' items are done for all of them; an approved one goes on to the payers' queue.
      if (status === "APPROVED") await withdrawalQueued(tx, { withdrawalId: w.id, queue: "WITHDRAWAL_PAY", now });
      else await withdrawalDone(tx, { withdrawalId: w.id, now });
      return { status, stopped: null };
    });
  } catch (error) {
    throw await auditRefusal(error, {
      actor: opts.actor,
      step: "DECIDE",
      entityType: "Withdrawal",
      entityId: opts.withdrawalId,
      detail: { decision: opts.decision },
    });
  }
  if (outcome.stopped) throw banRefusal(outcome.stopped);
  return { status: outcome.status };
}
