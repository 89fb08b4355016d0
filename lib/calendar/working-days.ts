import { addDays, dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { shanghaiDayStart } from "@/lib/dates/business-day";

/**
 * The one rule of working days (工作日): Monday to Friday, except the public holidays an ADMIN
 * records, plus the make-up working days (调休) on a Saturday or Sunday. The exceptions are data
 * (CalendarDay, /admin/calendar); this file only answers questions about them. Every deadline of
 * the center (the withdrawal's 3 working days, a follow-up's 2 working days, the SLA timers, a due
 * date moved off a holiday) asks here.
 */
export type WorkingCalendar = {
  /** Days that are not working days although Monday–Friday ("YYYY-MM-DD"). */
  readonly holidays: ReadonlySet<string>;
  /** Saturdays and Sundays that are working days (调休). */
  readonly workdays: ReadonlySet<string>;
};

/** No exceptions: Monday to Friday. */
export const WEEKDAYS_ONLY: WorkingCalendar = { holidays: new Set(), workdays: new Set() };

export function calendarOf(days: readonly { date: string; kind: "HOLIDAY" | "WORKDAY" }[]): WorkingCalendar {
  return {
    holidays: new Set(days.filter((d) => d.kind === "HOLIDAY").map((d) => d.date)),
    workdays: new Set(days.filter((d) => d.kind === "WORKDAY").map((d) => d.date)),
  };
}

export function isWeekend(isoDate: string): boolean {
  const day = dateColumn(isoDate).getUTCDay();
  return day === 0 || day === 6;
}

export function isWorkingDay(calendar: WorkingCalendar, isoDate: string): boolean {
  if (calendar.workdays.has(isoDate)) return true;
  return !isWeekend(isoDate) && !calendar.holidays.has(isoDate);
}

/**
 * The date `days` working days after `from` (`from` itself does not count, whatever it is):
 * submitted on Wednesday 30 September 2026 → 3 working days → Saturday 10 October (1–7 October
 * are the National Day holiday; 8 and 9 October count, and Saturday 10 October is a make-up day).
 */
export function addWorkingDays(calendar: WorkingCalendar, from: string, days: number): string {
  if (!Number.isInteger(days) || days < 0) throw new Error(`Not a number of working days: ${days}`);
  let at = from;
  for (let left = days; left > 0;) {
    at = addDays(at, 1);
    if (isWorkingDay(calendar, at)) left--;
  }
  return at;
}

/** `isoDate` when it is a working day, otherwise the first working day after it (顺延). */
export function nextWorkingDayFrom(calendar: WorkingCalendar, isoDate: string): string {
  let at = isoDate;
  while (!isWorkingDay(calendar, at)) at = addDays(at, 1);
  return at;
}

/** Working days in (from, to]: 0 when `to` is not after `from`. */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  let n = 0;
  for (let at = addDays(from, 1); at <= to; at = addDays(at, 1)) if (isWorkingDay(calendar, at)) n++;
  return n;
}

const DAY_MS = 86_400_000;

/**
 * Whole minutes from `since` to `now` that fall on working days (Shanghai calendar days): an SLA
 * timer stops over a weekend or a holiday. A matter waiting from Friday 23:50 to Monday 00:10
 * has waited 10 + 10 = 20 minutes, not 2,900.
 */
export function workingMinutesBetween(calendar: WorkingCalendar, since: Date, now: Date): number {
  if (now.getTime() <= since.getTime()) return 0;
  let ms = 0;
  for (let day = todayInShanghai(since); ; day = addDays(day, 1)) {
    const start = shanghaiDayStart(day).getTime();
    if (start >= now.getTime()) break;
    if (isWorkingDay(calendar, day)) ms += Math.min(now.getTime(), start + DAY_MS) - Math.max(since.getTime(), start);
  }
  return Math.floor(ms / 60_000);
}
