import { addDays, dateColumn } from "@/lib/dates/calendar";

/** The center decides a withdrawal within 3 working days of the day it was submitted. */
export const DECISION_WORKING_DAYS = 3;

const isWeekend = (iso: string) => {
  const day = dateColumn(iso).getUTCDay();
  return day === 0 || day === 6;
};

/**
 * The date `days` working days after `from` (the day of submission does not count). Weekends are
 * skipped, and so are the given public holidays ("YYYY-MM-DD").
 */
export function addWorkingDays(from: string, days: number, holidays: ReadonlySet<string> = new Set()): string {
  let at = from;
  let left = days;
  while (left > 0) {
    at = addDays(at, 1);
    if (!isWeekend(at) && !holidays.has(at)) left--;
  }
  return at;
}

export function decisionDeadline(submittedOn: string, holidays?: ReadonlySet<string>): string {
  return addWorkingDays(submittedOn, DECISION_WORKING_DAYS, holidays);
}

/** Late: still undecided after its deadline day. */
export function isLate(deadline: string, today: string, decided: boolean): boolean {
  return !decided && today > deadline;
}
