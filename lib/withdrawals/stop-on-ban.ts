import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { todayInShanghai } from "@/lib/dates/calendar";
import { banRefusalFacts } from "@/lib/fraud/blacklist-rule";
import { banRefusalText, banStopNote, type BanRefusalFacts } from "@/lib/fraud/refusal-messages";
import { findActiveBan } from "@/lib/fraud/facts";
import { withdrawalDone } from "@/lib/notifications/queue-events";

/**
 * The blacklist again at a later money step (approval, payout): a ban filed while the withdrawal
 * was in flight stops it. The withdrawal becomes REJECTED with the ban's reason as its note, its
 * reason is freed, and an audit row says which step stopped it. Returns the refusal's facts for the
 * caller to throw (as BLACKLISTED, see banRefusal) AFTER its transaction committed, or null.
 */
export async function stopIfBanned(
  tx: Tx,
  w: { id: string; status: "SUBMITTED" | "APPROVED"; idNumber: string },
  ctx: { actor: Actor; step: "DECIDE" | "PAYOUT"; now: Date },
): Promise<BanRefusalFacts | null> {
  const ban = await findActiveBan(tx, [w.idNumber], todayInShanghai(ctx.now));
  if (!ban) return null;
  const facts = banRefusalFacts(ban, true);
  const moved = await tx.withdrawal.updateMany({
    where: { id: w.id, status: w.status },
    data: {
      status: "REJECTED",
      reviewNote: banStopNote(facts),
      inFlightKey: null,
      decidedAt: w.status === "SUBMITTED" ? ctx.now : undefined,
      version: { increment: 1 },
    },
  });
  if (moved.count !== 1) throw new DomainError("STALE");
  await recordAudit(tx, {
    actorId: ctx.actor.userId,
    windowId: ctx.actor.windowId,
    action: "WITHDRAWAL_STOPPED_BY_BAN",
    entityType: "Withdrawal",
    entityId: w.id,
    fromState: w.status,
    toState: "REJECTED",
    detail: { step: ctx.step, blacklistEntryId: ban.id, reason: banRefusalText(facts) },
  });
  await withdrawalDone(tx, { withdrawalId: w.id, now: ctx.now });
  return facts;
}

/** The error a stopped withdrawal answers with (its reason shown at the top of the form). */
export function banRefusal(facts: BanRefusalFacts): DomainError {
  return new DomainError("BLACKLISTED", { details: facts });
}
