/**
 * Business dates are calendar dates ("YYYY-MM-DD") in Asia/Shanghai. These helpers work on the
 * string form so no time zone can shift a due date.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(value);
  if (!match) throw new Error(`Not a YYYY-MM-DD date: ${value}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) throw new Error(`No such date: ${value}`);
  return { year, month, day };
}

/** True for a "YYYY-MM-DD" that names a real calendar date (no 30 February). */
export function isRealDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The date `months` calendar months after `start`, keeping its day of month and clamping to the
 * month's end (a loan due on the 31st falls due on 28 or 29 February).
 */
export function addMonthsClamped(start: string, months: number): string {
  const { year, month, day } = parseIsoDate(start);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatIsoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

// NOTE: one formatter for the process. Building an Intl.DateTimeFormat (time-zone data, locale)
// costs far more than formatting with it, and pages call todayInShanghai per row.
const SHANGHAI_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's calendar date in Asia/Shanghai. */
export function todayInShanghai(now: Date = new Date()): string {
  return SHANGHAI_DATE.format(now);
}

/** A calendar date as the UTC-midnight Date Prisma expects for @db.Date columns. */
export function dateColumn(isoDate: string): Date {
  const { year, month, day } = parseIsoDate(isoDate);
  return new Date(Date.UTC(year, month - 1, day));
}

/** A @db.Date column value back to its calendar date. */
export function fromDateColumn(value: Date): string {
  return value.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

/** The calendar date `days` days after `isoDate` (before it when negative). */
export function addDays(isoDate: string, days: number): string {
  return fromDateColumn(new Date(dateColumn(isoDate).getTime() + days * DAY_MS));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateColumn(to).getTime() - dateColumn(from).getTime()) / DAY_MS);
}

/**
 * Days an installment is overdue on `businessDate`: from its due date (exclusive) to the business
 * date (inclusive), so the day after the due date is day 1.
 */
export function daysOverdue(dueDate: string, businessDate: string): number {
  return daysBetween(dueDate, businessDate);
}

/** The calendar dates from `from` to `to`, both included (empty when `to` is before `from`). */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) dates.push(day);
  return dates;
}

/** The last day of the month of an ISO date (a leaver's account is sealed then). */
export function monthEndOf(isoDate: string): string {
  const { year, month } = parseIsoDate(isoDate);
  return formatIsoDate(year, month, daysInMonth(year, month));
}
