import { describe, expect, it } from "vitest";
import { decisionDeadline, isLate } from "@/lib/withdrawals/deadline";
import { addWorkingDays, calendarOf, WEEKDAYS_ONLY } from "@/lib/calendar/working-days";

const twoHolidays = calendarOf([
  { date: "2026-10-01", kind: "HOLIDAY" },
  { date: "2026-10-02", kind: "HOLIDAY" },
]);

describe("decision deadline: 3 working days", () => {
  it("Monday → Thursday", () => expect(decisionDeadline("2026-03-02", WEEKDAYS_ONLY)).toBe("2026-03-05"));
  it("Thursday → next Tuesday (weekend skipped)", () => expect(decisionDeadline("2026-03-05", WEEKDAYS_ONLY)).toBe("2026-03-10"));
  it("Saturday → Wednesday", () => expect(decisionDeadline("2026-03-07", WEEKDAYS_ONLY)).toBe("2026-03-11"));
  it("skips listed holidays", () => expect(addWorkingDays(twoHolidays, "2026-09-30", 3)).toBe("2026-10-07"));
  it("the deadline is on the calendar it is given", () => expect(decisionDeadline("2026-09-30", twoHolidays)).toBe("2026-10-07"));
  it("late only when undecided after the deadline day", () => {
    expect(isLate("2026-03-05", "2026-03-05", false)).toBe(false);
    expect(isLate("2026-03-05", "2026-03-06", false)).toBe(true);
    expect(isLate("2026-03-05", "2026-03-06", true)).toBe(false);
  });
});
