import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { DomainError } from "@/lib/errors";
import { takeHit } from "@/lib/security/rate-limit";
import { ACCESS_CODE_TRIES_PER_IP } from "@/lib/security/rate-limits";
import { ACCESS_CODE_MAX_TRIES, accessCodeState, hashAccessCode } from "@/lib/citizen-access/code-rules";
import { depositorByIdNumber, lockPerson, scrubCodes } from "@/lib/citizen-access/code-store";
import type { TRedeemAccessCode } from "@/lib/citizen-access/schemas";
import { notifyAccountSecurity } from "@/lib/notifications/account-events";
import { hashPassword } from "@/lib/auth/password-hash";

export type RedeemResult = { outcome: "ACTIVATED" | "RESET"; userId: string };

type Attempt = { ok: true; result: RedeemResult } | { ok: false };

/**
 * 开通网上服务 / 忘记密码, step 2 (no sign-in): the code from the SMS and a new password. With the
 * person's live code (the latest, unused, unexpired, under five wrong tries): ACTIVATE creates the
 * one CITIZEN user of the depositor (sign-in name: the ID number); RESET replaces its password,
 * lifts a sign-in lock and ends every open session of that user. The code is used once.
 * A wrong code counts a try (committed, then refused); the fifth wrong try burns the code. An
 * unknown ID number, no code, a used, expired or burnt code, or a wrong one all get CODE_INVALID.
 * Audited ACCESS_CODE_REJECTED / ACCESS_CODE_LOCKED, CITIZEN_ACTIVATED / CITIZEN_PASSWORD_RESET
 * (no code, password or hash). The citizen is told by inbox and SMS either way (in case it was not
 * them). Errors: CODE_INVALID (field code), ACCESS_RATE_LIMITED,
 * ACCESS_ACCOUNT_INACTIVE, ACCESS_UNAVAILABLE, ALREADY_HANDLED.
 */
export async function redeemAccessCode(opts: TRedeemAccessCode & { ip: string; now?: Date }): Promise<RedeemResult> {
  const now = opts.now ?? new Date();
  const audit = { actorLabel: "citizen", entityType: "CitizenAccess", entityId: opts.idNumber } as const;
  if (!(await takeHit(ACCESS_CODE_TRIES_PER_IP, opts.ip, now))) {
    await inTransaction((tx) =>
      recordAudit(tx, { ...audit, action: "ACCESS_CODE_REJECTED", detail: { reason: "RATE_LIMITED", ip: opts.ip } }),
    );
    throw new DomainError("ACCESS_RATE_LIMITED");
  }
  // Hashed before looking anything up, so an unknown ID number takes as long as a known one.
  const passwordHash = await hashPassword(opts.newPassword);
  const attempt = await inTransaction<Attempt>(async (tx) => {
    await lockPerson(tx, opts.idNumber);
    const reject = async (reason: string, extra: Record<string, string | number> = {}): Promise<Attempt> => {
      await recordAudit(tx, { ...audit, action: "ACCESS_CODE_REJECTED", detail: { reason, ip: opts.ip, ...extra } });
      return { ok: false };
    };
    const depositor = await depositorByIdNumber(tx, opts.idNumber);
    if (!depositor) return reject("UNKNOWN_ID");
    const latest = await tx.citizenAccessCode.findFirst({
      where: { depositorId: depositor.id },
      // Two requests in the same millisecond: the later one ended the earlier (expiresAt = now).
      orderBy: [{ createdAt: "desc" }, { expiresAt: "desc" }],
      select: { id: true, codeHash: true, expiresAt: true, failedTries: true, usedAt: true },
    });
    if (!latest) return reject("NO_CODE");
    const state = accessCodeState(latest, now);
    if (state !== "LIVE") return reject(state, { codeId: latest.id });
    if (latest.codeHash !== hashAccessCode(latest.id, depositor.id, opts.code)) {
      const failedTries = latest.failedTries + 1;
      await tx.citizenAccessCode.update({ where: { id: latest.id }, data: { failedTries } });
      if (failedTries < ACCESS_CODE_MAX_TRIES) return reject("WRONG_CODE", { codeId: latest.id, failedTries });
      await scrubCodes(tx, [latest.id], now);
      await recordAudit(tx, {
        ...audit,
        action: "ACCESS_CODE_LOCKED",
        fromState: "LIVE",
        toState: "LOCKED",
        detail: { codeId: latest.id, failedTries, ip: opts.ip },
      });
      return { ok: false };
    }
    const result = await setPassword(tx, { depositor, idNumber: opts.idNumber, passwordHash, now });
    const used = await tx.citizenAccessCode.updateMany({ where: { id: latest.id, usedAt: null }, data: { usedAt: now } });
    if (used.count !== 1) throw new DomainError("ALREADY_HANDLED");
    await scrubCodes(tx, [latest.id], now);
    await notifyAccountSecurity(tx, { depositorId: depositor.id, phone: depositor.phone, outcome: result.outcome, codeId: latest.id, now });
    await recordAudit(tx, {
      actorId: result.userId,
      action: result.outcome === "ACTIVATED" ? "CITIZEN_ACTIVATED" : "CITIZEN_PASSWORD_RESET",
      entityType: "User",
      entityId: result.userId,
      fromState: result.outcome === "ACTIVATED" ? null : "SET",
      toState: "SET",
      detail: { channel: "SMS_CODE", codeId: latest.id, sessionsEnded: result.sessionsEnded, ip: opts.ip },
    });
    return { ok: true, result: { outcome: result.outcome, userId: result.userId } };
  });
  if (!attempt.ok) throw new DomainError("CODE_INVALID", { field: "code" });
  return attempt.result;
}

/** Creates the depositor's CITIZEN user, or gives the existing one its new password (ending its sessions). */
async function setPassword(
  tx: Tx,
  opts: { depositor: { id: string; name: string }; idNumber: string; passwordHash: string; now: Date },
): Promise<RedeemResult & { sessionsEnded: number }> {
  const user = await tx.user.findUnique({ where: { depositorId: opts.depositor.id }, select: { id: true, roles: true, active: true } });
  if (!user) {
    const taken = await tx.user.findUnique({ where: { loginName: opts.idNumber }, select: { id: true } });
    if (taken) throw new DomainError("ACCESS_UNAVAILABLE");
    const created = await tx.user.create({
      data: {
        loginName: opts.idNumber,
        displayName: opts.depositor.name,
        passwordHash: opts.passwordHash,
        roles: ["CITIZEN"],
        depositorId: opts.depositor.id,
      },
      select: { id: true },
    });
    return { outcome: "ACTIVATED", userId: created.id, sessionsEnded: 0 };
  }
  if (!user.roles.includes("CITIZEN")) throw new DomainError("ACCESS_UNAVAILABLE");
  if (!user.active) throw new DomainError("ACCESS_ACCOUNT_INACTIVE");
  await tx.user.update({
    where: { id: user.id },
    data: { passwordHash: opts.passwordHash, failedLoginCount: 0, lockedUntil: null, mustChangePassword: false },
  });
  const { count } = await tx.loginSession.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: opts.now } });
  return { outcome: "RESET", userId: user.id, sessionsEnded: count };
}
