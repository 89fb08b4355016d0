import { randomBytes } from "node:crypto";

/** 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as XXXX-XXXX-XXXX. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function newVerificationCode(): string {
  const bytes = randomBytes(12);
  const chars = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** What people type: lower case, spaces, missing dashes → the canonical form, or null. */
export function normalizeVerificationCode(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s-]/g, "");
  if (raw.length !== 12 || [...raw].some((c) => !ALPHABET.includes(c))) return null;
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}`;
}

/** 张伟 → 张*, 欧阳娜娜 → 欧***; 320102198805120034 → 3201**********0034 (public page). */
export function maskName(name: string): string {
  const chars = [...name];
  return chars[0] + "*".repeat(Math.max(1, chars.length - 1));
}

export function maskIdNumber(id: string): string {
  return `${id.slice(0, 4)}${"*".repeat(10)}${id.slice(14)}`;
}
