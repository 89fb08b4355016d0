import "server-only";
import { db } from "@/lib/db";
import { recordAudit, type AuditWriter } from "@/lib/audit/record-audit";
import { businessDate } from "@/lib/dates/business-day";
import { LOCK_MINUTES, MAX_FAILED_LOGINS } from "@/lib/auth/policy";
import { claimWindow } from "@/lib/auth/window-occupancy";

export type LoginChannel = "CITIZEN" | "STAFF";

type FailedRow = { failedLoginCount: number; lockedUntil: Date | null };

/**
 * Counts a wrong password. The increment and the lock happen in ONE conditional UPDATE, so
 * concurrent attempts can neither lose a count nor slip past a lock: rows locked at `now` are not
 * touched (→ `locked`, no count), and a lock that has run out restarts the count at 1.
 */
export async function registerFailedLogin(
  user: { id: string; loginName: string },
  channel: LoginChannel,
  now: Date,
): Promise<{ locked: boolean; lockedUntil: Date | null }> {
  const lockUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  return db.$transaction(async (tx) => {
    // NOTE: the adapter sends dates as UTC "YYYY-MM-DD HH:MM:SS.mmm"; the casts keep them UTC.
    const rows = await tx.$queryRaw<FailedRow[]>`
      UPDATE "User" SET
        "failedLoginCount" = CASE WHEN "lockedUntil" IS NULL THEN "failedLoginCount" + 1 ELSE 1 END,
        "lockedUntil" = CASE
          WHEN (CASE WHEN "lockedUntil" IS NULL THEN "failedLoginCount" + 1 ELSE 1 END) >= ${MAX_FAILED_LOGINS}
          THEN ${lockUntil}::timestamp(3) ELSE NULL END,
        "updatedAt" = ${now}::timestamp(3)
      WHERE "id" = ${user.id}
        AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now}::timestamp(3))
      RETURNING "failedLoginCount", "lockedUntil"`;
    const row = rows[0];
    const base = { actorId: user.id, entityType: "User", entityId: user.id } as const;
    if (!row) {
      await recordAudit(tx, { ...base, action: "LOGIN_REFUSED", detail: { reason: "LOCKED", channel } });
      return { locked: true, lockedUntil: null };
    }
    if (row.lockedUntil) {
      await recordAudit(tx, {
        ...base,
        action: "ACCOUNT_LOCKED",
        fromState: "ACTIVE",
        toState: "LOCKED",
        detail: { channel, failedLoginCount: row.failedLoginCount, lockedUntil: row.lockedUntil.toISOString() },
      });
      return { locked: true, lockedUntil: row.lockedUntil };
    }
    await recordAudit(tx, {
      ...base,
      action: "LOGIN_FAILED",
      detail: { reason: "WRONG_PASSWORD", channel, failedLoginCount: row.failedLoginCount },
    });
    return { locked: false, lockedUntil: null };
  });
}

/**
 * Records a successful sign-in: resets the counter (only if the account is not locked at `now` —
 * a concurrent 5th failure wins), records the teller's window for the business day, and audits.
 * opens a LoginSession whose id the session JWT carries, and audits.
 * Returns the session id, or null when a lock got there first.
 */
export async function registerSuccessfulLogin(
  user: { id: string },
  channel: LoginChannel,
  now: Date,
  window: { id: string; number: number } | null,
): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
    });
    const base = { actorId: user.id, entityType: "User", entityId: user.id, windowId: window?.id ?? null } as const;
    if (count === 0) {
      await recordAudit(tx, { ...base, action: "LOGIN_REFUSED", detail: { reason: "LOCKED", channel } });
      return null;
    }
    if (window) {
      await tx.tellerWindowSignIn.create({
        data: { userId: user.id, windowId: window.id, businessDate: businessDate(now), signedInAt: now },
      });
    }
    const session = await tx.loginSession.create({ data: { userId: user.id, windowId: window?.id ?? null, createdAt: now } });
    // One teller per window (issue 14): WINDOW_OCCUPIED rolls the whole sign-in back.
    if (window) await claimWindow(tx, { windowId: window.id, userId: user.id, sessionId: session.id, now });
    await recordAudit(tx, {
      ...base,
      action: "LOGIN_SUCCEEDED",
      detail: window ? { channel, windowNo: window.number, sessionId: session.id } : { channel, sessionId: session.id },
    });
    return session.id;
  });
}

/** Audits a refusal that changes nothing else (locked, inactive, unknown user, no window). */
export async function auditRefusedLogin(
  writer: AuditWriter,
  attempt: { userId: string | null; loginName: string; channel: LoginChannel; reason: string },
): Promise<void> {
  await recordAudit(writer, {
    actorId: attempt.userId,
    actorLabel: attempt.userId ? null : attempt.loginName.slice(0, 64),
    action: attempt.reason === "UNKNOWN_USER" ? "LOGIN_FAILED" : "LOGIN_REFUSED",
    entityType: attempt.userId ? "User" : "Login",
    entityId: attempt.userId ?? attempt.loginName.slice(0, 64),
    detail: { reason: attempt.reason, channel: attempt.channel },
  });
}
