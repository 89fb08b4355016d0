import { dateColumn, todayInShanghai } from "@/lib/dates/calendar";

/**
 * Instants around the center's business day (Asia/Shanghai, UTC+8, no daylight saving) and how
 * the screens show them. Calendar-date helpers live in lib/dates/calendar.ts.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Today's business date as a value for a @db.Date column (UTC midnight of that day). */
export function businessDate(now: Date = new Date()): Date {
  return dateColumn(todayInShanghai(now));
}

/** [start, end) of the Shanghai day containing `now`, as UTC instants for timestamp columns. */
export function shanghaiDayRange(now: Date = new Date()): { start: Date; end: Date } {
  const start = new Date(businessDate(now).getTime() - SHANGHAI_OFFSET_MS);
  return { start, end: new Date(start.getTime() + DAY_MS) };
}

/** "2026-05-03 14:07" in Shanghai time, for screens. */
export function formatShanghaiDateTime(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ");
}

/** A @db.Date month (its first day) as "2026年5月". */
export function formatMonth(day: Date): string {
  return `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月`;
}
