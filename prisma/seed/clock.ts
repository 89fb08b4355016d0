import { dateColumn, formatIsoDate, parseIsoDate } from "../../lib/dates/calendar";

/**
 * Calendar helpers for the seed. Every date the seed writes is derived from the as-of date, so
 * "same as-of ⇒ same data" holds and contribution months and due dates stay current.
 */
const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_HOURS = 8;

export function dayNumber(iso: string): number {
  const { year, month, day } = parseIsoDate(iso);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function isoFromDay(dayNo: number): string {
  return new Date(dayNo * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoFromDay(dayNumber(iso) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(dayNumber(iso) * DAY_MS).getUTCDay();
}

/** The nearest weekday on or before the date (the hall is closed at weekends). */
export function workdayOnOrBefore(iso: string): string {
  const wd = weekday(iso);
  return wd === 0 ? addDays(iso, -2) : wd === 6 ? addDays(iso, -1) : iso;
}

/** Months as one integer (year × 12 + month − 1) so month arithmetic is plain addition. */
export function monthIndex(iso: string): number {
  const { year, month } = parseIsoDate(iso);
  return year * 12 + month - 1;
}

/** First day of the month with that index. */
export function monthStart(index: number): string {
  return formatIsoDate(Math.floor(index / 12), (index % 12) + 1, 1);
}

export function dayOfMonth(index: number, day: number): string {
  return formatIsoDate(Math.floor(index / 12), (index % 12) + 1, day);
}

/** Contribution years run 1 July – 30 June and are named by the year they start in. */
export function contributionYearOf(monthIdx: number): number {
  const year = Math.floor(monthIdx / 12);
  return monthIdx % 12 >= 6 ? year : year - 1;
}

// The seed writes the same few thousand dates and moments hundreds of thousands of times; sharing
// one Date per value keeps the build fast and light on garbage. Nothing mutates them.
const dateValues = new Map<string, Date>();
const stampValues = new Map<string, Date>();

/** A calendar date as the value of a @db.Date column (UTC midnight). */
export function dateValue(iso: string): Date {
  let value = dateValues.get(iso);
  if (!value) dateValues.set(iso, (value = dateColumn(iso)));
  return value;
}

/** A Shanghai wall-clock moment on a calendar date, as the UTC instant stored in timestamps. */
export function stamp(iso: string, hour: number, minute = 0): Date {
  const key = `${iso} ${hour}:${minute}`;
  let value = stampValues.get(key);
  if (!value) {
    const { year, month, day } = parseIsoDate(iso);
    stampValues.set(key, (value = new Date(Date.UTC(year, month - 1, day, hour - SHANGHAI_OFFSET_HOURS, minute))));
  }
  return value;
}

export function yearOf(iso: string): number {
  return parseIsoDate(iso).year;
}

/** Whole years from birth to the date. */
export function ageOn(birthIso: string, iso: string): number {
  const b = parseIsoDate(birthIso);
  const d = parseIsoDate(iso);
  return d.year - b.year - (d.month < b.month || (d.month === b.month && d.day < b.day) ? 1 : 0);
}

/** The next weekday after the date. */
export function nextWorkday(iso: string): string {
  let next = addDays(iso, 1);
  while (weekday(next) === 0 || weekday(next) === 6) next = addDays(next, 1);
  return next;
}
