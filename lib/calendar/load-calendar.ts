import type { Db } from "@/lib/db";
import { fromDateColumn } from "@/lib/dates/calendar";
import { calendarOf, type WorkingCalendar } from "@/lib/calendar/working-days";

/**
 * The working-day calendar as recorded (a few dozen rows a year: read whole). Pass the transaction
 * client when a deadline is written, so the deadline and the calendar it used are one snapshot.
 */
export async function loadCalendar(db: Pick<Db, "calendarDay">): Promise<WorkingCalendar> {
  const rows = await db.calendarDay.findMany({ select: { date: true, kind: true } });
  return calendarOf(rows.map((r) => ({ date: fromDateColumn(r.date), kind: r.kind })));
}
