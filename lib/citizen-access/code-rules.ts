import { createHash, randomInt } from "node:crypto";

/**
 * The one-time code of 开通网上服务 / 忘记密码, as data and pure rules (no I/O; unit-tested).
 * 10 minutes: time to read the SMS and type it, short enough that a code seen later is useless.
 * Five wrong tries burn the code, so a 6-digit code cannot be found by retrying (and the
 * per-ID-number request limit caps the codes a person can be sent).
 */
export const ACCESS_CODE_MINUTES = 10;
export const ACCESS_CODE_MAX_TRIES = 5;
export const ACCESS_CODE_LENGTH = 6;

/** A fresh code: 6 decimal digits, uniformly from 000000–999999 (crypto randomInt). */
export function newAccessCode(random: (max: number) => number = (max) => randomInt(0, max)): string {
  return String(random(10 ** ACCESS_CODE_LENGTH)).padStart(ACCESS_CODE_LENGTH, "0");
}

/**
 * What is stored instead of the code: SHA-256 (hex) of "<codeId>:<depositorId>:<code>". The row's
 * own id salts it, so two people's equal codes never have equal hashes.
 */
export function hashAccessCode(codeId: string, depositorId: string, code: string): string {
  return createHash("sha256").update(`${codeId}:${depositorId}:${code.trim()}`).digest("hex");
}

/** When a code issued at `issuedAt` stops working. */
export function accessCodeExpiry(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + ACCESS_CODE_MINUTES * 60_000);
}

export type AccessCodeRow = { expiresAt: Date; failedTries: number; usedAt: Date | null };

/** LIVE: may still be redeemed. USED, EXPIRED (or ended by a newer code), LOCKED (five wrong tries). */
export type AccessCodeState = "LIVE" | "USED" | "EXPIRED" | "LOCKED";

export function accessCodeState(row: AccessCodeRow, now: Date): AccessCodeState {
  if (row.usedAt) return "USED";
  if (row.failedTries >= ACCESS_CODE_MAX_TRIES) return "LOCKED";
  if (row.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return "LIVE";
}

/** The phone as the center compares it: digits only, a leading 86 / +86 dropped. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return digits.length === 13 && digits.startsWith("86") ? digits.slice(2) : digits;
}
