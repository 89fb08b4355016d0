import { randomBytes } from "node:crypto";
import { todayInShanghai } from "@/lib/dates/calendar";

/**
 * Which months an employer may remit, and how: the current month at once; an earlier month is a
 * back payment (补缴) that needs a reason and staff approval; never a month before the employer
 * registered with the center (Employer.createdAt) or, per person, before the account was opened.
 */

/** "YYYY-MM-01" of the current month in Asia/Shanghai. */
export function currentMonth(now: Date): string {
  return `${todayInShanghai(now).slice(0, 7)}-01`;
}

/** A month before the current one is a back payment. */
export function isBackPayment(month: string, now: Date): boolean {
  return month < currentMonth(now);
}

/** "YYYY-MM-01" of the month a timestamp falls in (Asia/Shanghai), e.g. the employer's registration. */
export function monthOfInstant(at: Date): string {
  return `${todayInShanghai(at).slice(0, 7)}-01`;
}

/** "YYYY-MM-01" of a @db.Date column's month. */
export function monthOfDateColumn(value: Date): string {
  return `${value.toISOString().slice(0, 7)}-01`;
}

export const BACK_PAY_REASON_MAX = 200;

// Crockford base32 without I, L, O, U: nothing to misread when an agent copies it into a transfer.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A fresh payment reference (付款附言) for a remittance of `month`: "HJ" + YYYYMM + 8 characters. */
export function newPaymentReference(month: string): string {
  const bytes = randomBytes(8);
  let tail = "";
  for (const b of bytes) tail += ALPHABET[b % 32];
  return `HJ${month.slice(0, 4)}${month.slice(5, 7)}${tail}`;
}
