import { describe, expect, it } from "vitest";
import { addWorkingDays, decisionDeadline, isLate } from "@/lib/withdrawals/deadline";

describe("decision deadline: 3 working days", () => {
  it("Monday → Thursday", () => expect(decisionDeadline("2026-03-02")).toBe("2026-03-05"));
  it("Thursday → next Tuesday (weekend skipped)", () => expect(decisionDeadline("2026-03-05")).toBe("2026-03-10"));
  it("Saturday → Wednesday", () => expect(decisionDeadline("2026-03-07")).toBe("2026-03-11"));
  it("skips listed holidays", () => expect(addWorkingDays("2026-09-30", 3, new Set(["2026-10-01", "2026-10-02"]))).toBe("2026-10-07"));
  it("late only when undecided after the deadline day", () => {
    expect(isLate("2026-03-05", "2026-03-05", false)).toBe(false);
    expect(isLate("2026-03-05", "2026-03-06", false)).toBe(true);
    expect(isLate("2026-03-05", "2026-03-06", true)).toBe(false);
  });
});
