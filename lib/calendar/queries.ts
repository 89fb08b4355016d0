import "server-only";
import { db } from "@/lib/db";
import type { CalendarDayKind } from "@/lib/generated/prisma/enums";
import { dateColumn, datesBetween, formatIsoDate, fromDateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { isWorkingDay, type WorkingCalendar } from "@/lib/calendar/working-days";

export type CalendarEntryDto = { date: string; kind: CalendarDayKind; name: string };
export type MonthDayDto = { date: string; day: number; weekday: number; working: boolean; entry: CalendarEntryDto | null };
export type CalendarYearDto = {
  year: number;
  entries: CalendarEntryDto[];
  months: { month: number; days: MonthDayDto[]; workingDays: number }[];
  workingDays: number;
};

/** The working-day calendar (for deadlines computed in a page or a query). */
export function getWorkingCalendar(): Promise<WorkingCalendar> {
  return loadCalendar(db);
}

/** One year of the calendar: its recorded days and every day of every month, working or not. */
export async function getCalendarYear(year: number): Promise<CalendarYearDto> {
  const [rows, calendar] = await Promise.all([
    db.calendarDay.findMany({
      where: { date: { gte: dateColumn(formatIsoDate(year, 1, 1)), lte: dateColumn(formatIsoDate(year, 12, 31)) } },
      orderBy: { date: "asc" },
    }),
    loadCalendar(db),
  ]);
  const entries = rows.map((r) => ({ date: fromDateColumn(r.date), kind: r.kind, name: r.name }));
  const byDate = new Map(entries.map((e) => [e.date, e]));
  const months = Array.from({ length: 12 }, (_, i) => {
    const first = formatIsoDate(year, i + 1, 1);
    const last = fromDateColumn(new Date(Date.UTC(year, i + 1, 0)));
    const days = datesBetween(first, last).map((date) => ({
      date,
      day: Number(date.slice(8)),
      weekday: dateColumn(date).getUTCDay(),
      working: isWorkingDay(calendar, date),
      entry: byDate.get(date) ?? null,
    }));
    return { month: i + 1, days, workingDays: days.filter((d) => d.working).length };
  });
  return { year, entries, months, workingDays: months.reduce((n, m) => n + m.workingDays, 0) };
}

/** The current year in Shanghai (the calendar page's default). */
export function currentYear(now: Date = new Date()): number {
  return Number(todayInShanghai(now).slice(0, 4));
}
