import { describe, expect, it } from "vitest";
import {
  WEEKDAYS_ONLY,
  addWorkingDays,
  calendarOf,
  isWorkingDay,
  nextWorkingDayFrom,
  workingDaysBetween,
  workingMinutesBetween,
} from "@/lib/calendar/working-days";
import { isWeekend } from "@/lib/calendar/working-days";
import { CALENDAR_DAYS } from "../../../prisma/seed/kpi";

// The State Council's 2026 arrangement as seeded: National Day 1–7 October (Thursday to Wednesday),
// make-up working days Sunday 20 September and Saturday 10 October; Spring Festival 15–23 February,
// make-up Saturdays 14 and 28 February.
const cal = calendarOf(CALENDAR_DAYS);
/** A Shanghai wall-clock time as the UTC instant. */
const sh = (local: string) => new Date(`${local}:00+08:00`);

describe("working days with 调休 (2026 National Day week)", () => {
  it("holidays are off, make-up weekend days are on, ordinary weekends are off", () => {
    expect(isWorkingDay(cal, "2026-09-18")).toBe(true); // Friday
    expect(isWorkingDay(cal, "2026-09-19")).toBe(false); // Saturday
    expect(isWorkingDay(cal, "2026-09-20")).toBe(true); // Sunday, make-up working day
    expect(isWorkingDay(cal, "2026-10-01")).toBe(false); // Thursday, holiday
    expect(isWorkingDay(cal, "2026-10-03")).toBe(false); // Saturday inside the holiday
    expect(isWorkingDay(cal, "2026-10-07")).toBe(false); // Wednesday, holiday
    expect(isWorkingDay(cal, "2026-10-08")).toBe(true);
    expect(isWorkingDay(cal, "2026-10-10")).toBe(true); // Saturday, make-up working day
    expect(isWorkingDay(cal, "2026-10-11")).toBe(false); // Sunday
  });

  it("adds working days across the holiday and onto make-up days", () => {
    expect(addWorkingDays(cal, "2026-09-30", 1)).toBe("2026-10-08");
    expect(addWorkingDays(cal, "2026-09-30", 2)).toBe("2026-10-09");
    expect(addWorkingDays(cal, "2026-09-30", 3)).toBe("2026-10-10");
    expect(addWorkingDays(cal, "2026-10-10", 1)).toBe("2026-10-12");
    expect(addWorkingDays(cal, "2026-09-18", 1)).toBe("2026-09-20");
    expect(addWorkingDays(cal, "2026-09-18", 2)).toBe("2026-09-21");
    expect(addWorkingDays(cal, "2026-09-30", 0)).toBe("2026-09-30");
    // Without the calendar, Monday to Friday only.
    expect(addWorkingDays(WEEKDAYS_ONLY, "2026-09-30", 3)).toBe("2026-10-05");
  });

  it("Spring Festival 2026: Saturday 14 February is worked, then nothing until Tuesday 24 February", () => {
    expect(addWorkingDays(cal, "2026-02-13", 1)).toBe("2026-02-14");
    expect(addWorkingDays(cal, "2026-02-14", 1)).toBe("2026-02-24");
    expect(addWorkingDays(cal, "2026-02-27", 1)).toBe("2026-02-28");
  });

  it("the next working day on or after a date (顺延)", () => {
    expect(nextWorkingDayFrom(cal, "2026-10-03")).toBe("2026-10-08");
    expect(nextWorkingDayFrom(cal, "2026-10-08")).toBe("2026-10-08");
    expect(nextWorkingDayFrom(cal, "2026-09-19")).toBe("2026-09-20");
  });

  it("counts working days in (from, to]", () => {
    expect(workingDaysBetween(cal, "2026-09-30", "2026-10-10")).toBe(3);
    expect(workingDaysBetween(cal, "2026-10-10", "2026-09-30")).toBe(0);
  });

  it("refuses a negative or fractional number of days", () => {
    expect(() => addWorkingDays(cal, "2026-09-30", -1)).toThrow();
    expect(() => addWorkingDays(cal, "2026-09-30", 1.5)).toThrow();
  });
});

describe("working minutes (SLA timers stop on non-working days)", () => {
  it("Friday 23:50 → Monday 00:10 is 20 minutes", () => {
    expect(workingMinutesBetween(cal, sh("2026-03-06T23:50"), sh("2026-03-09T00:10"))).toBe(20);
  });
  it("Friday 17:00 → Monday 09:00 is 420 + 540 = 960 minutes (the wall clock says 3,840)", () => {
    expect(workingMinutesBetween(cal, sh("2026-03-06T17:00"), sh("2026-03-09T09:00"))).toBe(960);
  });
  it("the eve of National Day 23:00 → 8 October 01:00 is 120 minutes", () => {
    expect(workingMinutesBetween(cal, sh("2026-09-30T23:00"), sh("2026-10-08T01:00"))).toBe(120);
  });
  it("into a make-up Saturday the timer runs on", () => {
    expect(workingMinutesBetween(cal, sh("2026-10-09T23:30"), sh("2026-10-10T00:30"))).toBe(60);
  });
  it("within one working day, whole minutes; nothing when now is not after since", () => {
    expect(workingMinutesBetween(cal, sh("2026-03-05T09:00"), sh("2026-03-05T09:12"))).toBe(12);
    expect(workingMinutesBetween(cal, sh("2026-03-05T09:12"), sh("2026-03-05T09:00"))).toBe(0);
  });
});

describe("the seeded 2026–2027 calendar", () => {
  it("holds only real exceptions: holidays on weekdays, make-up days on weekends, no date twice", () => {
    for (const d of CALENDAR_DAYS) expect(isWeekend(d.date), `${d.date} ${d.kind}`).toBe(d.kind === "WORKDAY");
    expect(new Set(CALENDAR_DAYS.map((d) => d.date)).size).toBe(CALENDAR_DAYS.length);
  });
  it("2026 has 6 make-up working days and the National Day week is 5 weekday holidays", () => {
    expect(CALENDAR_DAYS.filter((d) => d.kind === "WORKDAY" && d.date.startsWith("2026")).map((d) => d.date)).toEqual([
      "2026-01-04",
      "2026-02-14",
      "2026-02-28",
      "2026-05-09",
      "2026-09-20",
      "2026-10-10",
    ]);
    expect(CALENDAR_DAYS.filter((d) => d.name === "国庆节" && d.kind === "HOLIDAY" && d.date.startsWith("2026")).length).toBe(5);
  });
});
