import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { todayInShanghai } from "@/lib/dates/calendar";
import { banRefusalMessage } from "@/lib/fraud/blacklist-rule";
import { findActiveBan } from "@/lib/fraud/facts";

/**
 * The blacklist again at a later money step (approval, payout): a ban filed while the withdrawal
 * was in flight stops it. The withdrawal becomes REJECTED with the ban's reason as its note, its
 * reason is freed, and an audit row says which step stopped it. Returns the Chinese reason for the
 * caller to throw (as BLACKLISTED, see banRefusal) AFTER its transaction committed, or null.
 */
export async function stopIfBanned(
  tx: Tx,
  w: { id: string; status: "SUBMITTED" | "APPROVED"; idNumber: string },
  ctx: { actor: Actor; step: "DECIDE" | "PAYOUT"; now: Date },
): Promise<string | null> {
  const ban = await findActiveBan(tx, [w.idNumber], todayInShanghai(ctx.now));
  if (!ban) return null;
  const reason = banRefusalMessage(ban, true);
  const moved = await tx.withdrawal.updateMany({
    where: { id: w.id, status: w.status },
    data: {
      status: "REJECTED",
      reviewNote: `因失信黑名单终止：${reason}`,
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
    detail: { step: ctx.step, blacklistEntryId: ban.id, reason },
  });
  return reason;
}

/** The error a stopped withdrawal answers with (its reason shown at the top of the form). */
export function banRefusal(reason: string): DomainError {
  return new DomainError("BLACKLISTED", { message: reason, details: { reason } });
}
