import { addDays } from "@/lib/dates/calendar";

/**
 * When the daily batch runs by itself (pure, no I/O). Each day at the configured time (default
 * 01:00 in Asia/Shanghai) the previous calendar date becomes due. After downtime every date after
 * the last completed one is due, oldest first, because penalties accrue day by day; with no
 * completed date at all only the latest due date runs (the first batch day of a new database).
 */
export const BATCH_TIME_ZONE = "Asia/Shanghai";
export const DEFAULT_BATCH_TIME = "01:00";

export type BatchClock = {
  /** The latest COMPLETED business date, or null when none has completed. */
  lastCompleted: string | null;
  now: Date;
  /** "HH:MM", 24-hour, in `timeZone`. */
  time: string;
  timeZone?: string;
};

function minutesOf(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new Error(`Not an HH:MM time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The wall-clock date and minute of the day at `instant` in `timeZone`. */
function wallClock(instant: Date, timeZone: string): { date: string; minutes: number; wallMs: number } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const [y, mo, d, h, mi, s] = [get("year"), get("month"), get("day"), get("hour"), get("minute"), get("second")];
  const date = `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return { date, minutes: h * 60 + mi, wallMs: Date.UTC(y, mo - 1, d, h, mi, s) + instant.getUTCMilliseconds() };
}

/** The instant the clock in `timeZone` reads `time` on `date`. */
export function zonedInstant(date: string, time: string, timeZone: string = BATCH_TIME_ZONE): Date {
  const minutes = minutesOf(time);
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  const offset = (at: number) => wallClock(new Date(at), timeZone).wallMs - at;
  const first = wall - offset(wall);
  // A zone whose offset changes that day (daylight saving) needs the offset of the answer itself.
  return new Date(wall - offset(first));
}

/** The latest date due at `now`: yesterday once today's time has come, else the day before. */
export function latestDueDate(clock: Omit<BatchClock, "lastCompleted">): string {
  const { date, minutes } = wallClock(clock.now, clock.timeZone ?? BATCH_TIME_ZONE);
  return addDays(date, minutes >= minutesOf(clock.time) ? -1 : -2);
}

/** The business dates to run now, oldest first (empty when nothing is due). */
export function dueBatchDates(clock: BatchClock): string[] {
  const latest = latestDueDate(clock);
  if (clock.lastCompleted === null) return [latest];
  const dates: string[] = [];
  for (let day = addDays(clock.lastCompleted, 1); day <= latest; day = addDays(day, 1)) dates.push(day);
  return dates;
}

/**
 * The next scheduled run: with dates due (catching up, or retrying a failure) the oldest of them,
 * at once (`at` = now, `pending` = how many); otherwise the next time the clock reads `time` on
 * a day whose previous date is still to run.
 */
export function nextBatchRun(clock: BatchClock): { businessDate: string; at: Date; pending: number } {
  const due = dueBatchDates(clock);
  if (due.length > 0) return { businessDate: due[0]!, at: clock.now, pending: due.length };
  const timeZone = clock.timeZone ?? BATCH_TIME_ZONE;
  const { date, minutes } = wallClock(clock.now, timeZone);
  let runDay = minutes < minutesOf(clock.time) ? date : addDays(date, 1);
  // A date already run by hand ahead of the schedule (e.g. today's) moves the next run past it.
  if (clock.lastCompleted !== null && addDays(runDay, -1) <= clock.lastCompleted) runDay = addDays(clock.lastCompleted, 2);
  return { businessDate: addDays(runDay, -1), at: zonedInstant(runDay, clock.time, timeZone), pending: 0 };
}
