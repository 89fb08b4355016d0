import { describe, expect, it } from "vitest";
import { addDays, addMonthsClamped, dateColumn, datesBetween, fromDateColumn, todayInShanghai } from "@/lib/dates/calendar";

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
