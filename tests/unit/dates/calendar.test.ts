import { describe, expect, it } from "vitest";
import { shanghaiDayRange, shanghaiDayStart } from "@/lib/dates/business-day";
import {
  addDays,
  addMonthsClamped,
  dateColumn,
  datesBetween,
  daysBetween,
  daysOverdue,
  fromDateColumn,
  isRealDate,
  todayInShanghai,
} from "@/lib/dates/calendar";

describe("calendar dates", () => {
  it("adds months keeping the day, clamped to the month's end", () => {
    expect(addMonthsClamped("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonthsClamped("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonthsClamped("2026-11-15", 2)).toBe("2027-01-15");
    expect(addMonthsClamped("2026-03-31", -1)).toBe("2026-02-28");
  });

  it("takes today's date in Shanghai, not UTC", () => {
    // 2026-11-26 17:30 UTC is already 27 November in Shanghai (UTC+8).
    expect(todayInShanghai(new Date("2026-11-26T17:30:00Z"))).toBe("2026-11-27");
    expect(todayInShanghai(new Date("2026-11-26T15:59:59Z"))).toBe("2026-11-26");
  });

  it("round-trips a calendar date through a @db.Date column value", () => {
    expect(fromDateColumn(dateColumn("2026-02-28"))).toBe("2026-02-28");
    expect(() => dateColumn("2026-02-30")).toThrow();
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("lists the dates between two days, both included", () => {
    expect(datesBetween("2026-11-29", "2026-12-02")).toEqual(["2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"]);
    expect(datesBetween("2026-11-26", "2026-11-26")).toEqual(["2026-11-26"]);
    expect(datesBetween("2026-11-26", "2026-11-25")).toEqual([]);
  });
});

describe("day arithmetic and real dates", () => {
  it("counts whole days between calendar dates, across a leap day and a year end", () => {
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetween("2026-06-30", "2026-06-30")).toBe(0);
    expect(daysBetween("2026-07-01", "2026-06-30")).toBe(-1);
  });

  it("counts days overdue from the day after the due date", () => {
    expect(daysOverdue("2026-11-15", "2026-11-16")).toBe(1);
    expect(daysOverdue("2026-10-15", "2026-11-26")).toBe(42);
    expect(daysOverdue("2026-11-26", "2026-11-26")).toBe(0);
  });

  it("knows a real date from a well-formed impossible one", () => {
    expect(isRealDate("2028-02-29")).toBe(true);
    expect(isRealDate("2027-02-29")).toBe(false);
    expect(isRealDate("2026-04-31")).toBe(false);
    expect(isRealDate("2026-4-3")).toBe(false);
    expect(isRealDate("")).toBe(false);
  });
});

describe("Shanghai instants", () => {
  it("starts a Shanghai day at 16:00 UTC of the day before", () => {
    expect(shanghaiDayStart("2026-11-26").toISOString()).toBe("2026-11-25T16:00:00.000Z");
    expect(shanghaiDayStart("2027-01-01").toISOString()).toBe("2026-12-31T16:00:00.000Z");
  });

  it("gives the day's [start, end) for an instant late in the UTC evening", () => {
    const { start, end } = shanghaiDayRange(new Date("2026-11-26T17:30:00Z"));
    expect([start.toISOString(), end.toISOString()]).toEqual(["2026-11-26T16:00:00.000Z", "2026-11-27T16:00:00.000Z"]);
  });
});
