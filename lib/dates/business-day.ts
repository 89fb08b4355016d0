import { dateColumn, isRealDate, todayInShanghai } from "@/lib/dates/calendar";

/**
 * Instants around the center's business day (Asia/Shanghai, UTC+8, no daylight saving) and how
 * the screens show them. Calendar-date helpers live in lib/dates/calendar.ts.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** 00:00 of a Shanghai calendar date, as the UTC instant for timestamp columns. */
export function shanghaiDayStart(isoDate: string): Date {
  return new Date(dateColumn(isoDate).getTime() - SHANGHAI_OFFSET_MS);
}

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** A Shanghai wall-clock time "2026-11-26T14:30" (a datetime-local input) → the UTC instant; null when it is not one. */
export function shanghaiLocalToInstant(value: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [, date, hh, mm] = match as unknown as [string, string, string, string];
  if (!isRealDate(date) || Number(hh) > 23 || Number(mm) > 59) return null;
  return new Date(Date.parse(`${date}T${hh}:${mm}:00Z`) - SHANGHAI_OFFSET_MS);
}

/** An instant as a Shanghai wall-clock "2026-11-26T14:30", the value of a datetime-local input. */
export function instantToShanghaiLocal(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/** Today's business date as a value for a @db.Date column (UTC midnight of that day). */
export function businessDate(now: Date = new Date()): Date {
  return dateColumn(todayInShanghai(now));
}

/** [start, end) of the Shanghai day containing `now`, as UTC instants for timestamp columns. */
export function shanghaiDayRange(now: Date = new Date()): { start: Date; end: Date } {
  const start = shanghaiDayStart(todayInShanghai(now));
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
