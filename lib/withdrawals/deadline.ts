import { addWorkingDays, type WorkingCalendar } from "@/lib/calendar/working-days";

/** The center decides a withdrawal within 3 working days of the day it was submitted. */
export const DECISION_WORKING_DAYS = 3;

/**
 * The decision deadline: 3 working days after the day of submission (which does not count), on the
 * center's working-day calendar (public holidays and make-up working days are data, lib/calendar).
 */
export function decisionDeadline(submittedOn: string, calendar: WorkingCalendar): string {
  return addWorkingDays(calendar, submittedOn, DECISION_WORKING_DAYS);
}

/** Late: still undecided after its deadline day. */
export function isLate(deadline: string, today: string, decided: boolean): boolean {
  return !decided && today > deadline;
}
