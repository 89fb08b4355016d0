import { createHash, randomInt } from "node:crypto";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { PRESENCE_CODE_MAX_TRIES, PRESENCE_CODE_MINUTES } from "@/lib/withdrawals/presence-code-rules";

/**
 * The citizen's confirmation code (柜台办理确认码): shown on the portal (or a kiosk) to the citizen
 * only, read out to the teller, who types it into the window application as evidence that the
 * citizen is there and consents. Only a hash is stored; lifetime and tries: presence-code-rules.ts.
 */

export function hashPresenceCode(depositorId: string, code: string): string {
  return createHash("sha256").update(`${depositorId}:${code.trim()}`).digest("hex");
}

/**
 * A CITIZEN issues a fresh code for their own account; earlier live codes stop working.
 * Errors: FORBIDDEN_ROLE, NO_ACCOUNT.
 */
export async function issuePresenceCode(opts: { actor: Actor; now?: Date }): Promise<{ code: string; expiresAt: Date }> {
  requireActorRole(opts.actor, "CITIZEN");
  const now = opts.now ?? new Date();
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const expiresAt = new Date(now.getTime() + PRESENCE_CODE_MINUTES * 60_000);
  return inTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: opts.actor.userId }, select: { depositorId: true } });
    if (!user?.depositorId) throw new DomainError("NO_ACCOUNT");
    await tx.presenceCode.updateMany({
      where: { depositorId: user.depositorId, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const row = await tx.presenceCode.create({
      data: { depositorId: user.depositorId, codeHash: hashPresenceCode(user.depositorId, code), expiresAt, createdAt: now },
    });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      action: "PRESENCE_CODE_ISSUED",
      entityType: "Depositor",
      entityId: user.depositorId,
      detail: { codeId: row.id, expiresAt: expiresAt.toISOString() },
    });
    return { code, expiresAt };
  });
}

/**
 * Uses the depositor's live code if `code` matches it (inside the caller's transaction, so a
 * refused application leaves the code usable). Throws PRESENCE_CODE_INVALID (field presenceCode).
 */
export async function consumePresenceCode(tx: Tx, opts: { depositorId: string; code: string; actorId: string; now: Date }): Promise<void> {
  const live = await tx.presenceCode.findFirst({
    where: { depositorId: opts.depositorId, usedAt: null, expiresAt: { gt: opts.now }, failedTries: { lt: PRESENCE_CODE_MAX_TRIES } },
    orderBy: { createdAt: "desc" },
    select: { id: true, codeHash: true },
  });
  if (!live || live.codeHash !== hashPresenceCode(opts.depositorId, opts.code)) {
    throw new DomainError("PRESENCE_CODE_INVALID", { field: "presenceCode", details: { codeId: live?.id ?? null } });
  }
  const used = await tx.presenceCode.updateMany({
    where: { id: live.id, usedAt: null },
    data: { usedAt: opts.now, usedById: opts.actorId },
  });
  if (used.count !== 1) throw new DomainError("PRESENCE_CODE_INVALID", { field: "presenceCode" });
}

/** After a wrong code was refused (its transaction rolled back): count the try against the live code. */
export async function countFailedPresenceTry(codeId: string | null): Promise<void> {
  if (!codeId) return;
  await inTransaction((tx) => tx.presenceCode.update({ where: { id: codeId }, data: { failedTries: { increment: 1 } } }));
}
