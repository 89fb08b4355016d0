import { describe, expect, it } from "vitest";
import { dueBatchDates, latestDueDate, nextBatchRun, zonedInstant } from "@/lib/servicing/batch/schedule";

// Shanghai is UTC+8: 2026-12-03 01:00 in Shanghai is 2026-12-02T17:00:00Z.
const at = (iso: string) => new Date(iso);

describe("which daily batch dates are due (Asia/Shanghai, default 01:00)", () => {
  it("makes yesterday due once the configured time has come, not a minute before", () => {
    const time = "01:00";
    expect(dueBatchDates({ lastCompleted: "2026-12-01", now: at("2026-12-02T16:59:59Z"), time })).toEqual([]);
    expect(dueBatchDates({ lastCompleted: "2026-12-01", now: at("2026-12-02T17:00:00Z"), time })).toEqual(["2026-12-02"]);
    expect(dueBatchDates({ lastCompleted: "2026-12-01", now: at("2026-12-03T03:00:00Z"), time })).toEqual(["2026-12-02"]);
  });

  it("uses the Shanghai calendar across UTC midnight", () => {
    // 23:30 in Shanghai on 12-03 is 15:30 UTC the same day; 00:30 on 12-04 is 16:30 UTC on 12-03.
    expect(latestDueDate({ now: at("2026-12-03T15:30:00Z"), time: "23:00" })).toBe("2026-12-02");
    expect(latestDueDate({ now: at("2026-12-03T16:30:00Z"), time: "23:00" })).toBe("2026-12-02");
    expect(latestDueDate({ now: at("2026-12-03T16:30:00Z"), time: "00:15" })).toBe("2026-12-03");
    expect(latestDueDate({ now: at("2026-12-31T16:00:00Z"), time: "00:00" })).toBe("2026-12-31");
    expect(dueBatchDates({ lastCompleted: "2026-12-30", now: at("2026-12-31T16:00:00Z"), time: "00:00" })).toEqual(["2026-12-31"]);
  });

  it("catches up every missed date in order after downtime, across a month end", () => {
    expect(dueBatchDates({ lastCompleted: "2026-11-28", now: at("2026-12-03T02:00:00Z"), time: "01:00" })).toEqual([
      "2026-11-29",
      "2026-11-30",
      "2026-12-01",
      "2026-12-02",
    ]);
    // Before today's time, the day before yesterday is the latest due.
    expect(dueBatchDates({ lastCompleted: "2026-11-28", now: at("2026-12-02T16:00:00Z"), time: "01:00" })).toEqual([
      "2026-11-29",
      "2026-11-30",
      "2026-12-01",
    ]);
  });

  it("has nothing due when the last completed date is the latest due or later (run by hand)", () => {
    expect(dueBatchDates({ lastCompleted: "2026-12-02", now: at("2026-12-03T02:00:00Z"), time: "01:00" })).toEqual([]);
    expect(dueBatchDates({ lastCompleted: "2026-12-03", now: at("2026-12-03T02:00:00Z"), time: "01:00" })).toEqual([]);
  });

  it("runs only the latest due date on a database where no date has completed", () => {
    expect(dueBatchDates({ lastCompleted: null, now: at("2026-12-03T02:00:00Z"), time: "01:00" })).toEqual(["2026-12-02"]);
    expect(dueBatchDates({ lastCompleted: null, now: at("2026-12-02T16:00:00Z"), time: "01:00" })).toEqual(["2026-12-01"]);
  });

  it("rejects a time that is not HH:MM", () => {
    expect(() => dueBatchDates({ lastCompleted: null, now: at("2026-12-03T02:00:00Z"), time: "24:00" })).toThrow();
    expect(() => dueBatchDates({ lastCompleted: null, now: at("2026-12-03T02:00:00Z"), time: "1:00" })).toThrow();
  });
});

describe("the next scheduled run", () => {
  it("is today's time for yesterday before the time, tomorrow's after it", () => {
    expect(nextBatchRun({ lastCompleted: "2026-12-01", now: at("2026-12-02T16:00:00Z"), time: "01:00" })).toEqual({
      businessDate: "2026-12-02",
      at: at("2026-12-02T17:00:00Z"),
      pending: 0,
    });
    expect(nextBatchRun({ lastCompleted: "2026-12-02", now: at("2026-12-03T02:00:00Z"), time: "01:30" })).toEqual({
      businessDate: "2026-12-03",
      at: at("2026-12-03T17:30:00Z"),
      pending: 0,
    });
  });

  it("is now for the oldest missed date while catching up (or retrying a failure)", () => {
    const now = at("2026-12-03T02:00:00Z");
    expect(nextBatchRun({ lastCompleted: "2026-11-29", now, time: "01:00" })).toEqual({ businessDate: "2026-11-30", at: now, pending: 3 });
  });

  it("skips past a date already run by hand ahead of the schedule", () => {
    // Today's date (12-03) completed by an admin at noon: the next run is 12-05 01:00 for 12-04.
    expect(nextBatchRun({ lastCompleted: "2026-12-03", now: at("2026-12-03T04:00:00Z"), time: "01:00" })).toEqual({
      businessDate: "2026-12-04",
      at: at("2026-12-04T17:00:00Z"),
      pending: 0,
    });
  });
});

describe("the instant a zone's clock reads a time", () => {
  it("converts wall-clock times in Shanghai and in a zone with daylight saving", () => {
    expect(zonedInstant("2026-12-03", "01:00")).toEqual(at("2026-12-02T17:00:00Z"));
    expect(zonedInstant("2026-12-03", "00:00", "UTC")).toEqual(at("2026-12-03T00:00:00Z"));
    // Berlin: UTC+1 in winter, UTC+2 in summer.
    expect(zonedInstant("2026-01-15", "01:00", "Europe/Berlin")).toEqual(at("2026-01-15T00:00:00Z"));
    expect(zonedInstant("2026-07-15", "01:00", "Europe/Berlin")).toEqual(at("2026-07-14T23:00:00Z"));
  });
});
