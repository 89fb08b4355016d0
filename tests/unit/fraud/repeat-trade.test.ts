import { describe, expect, it } from "vitest";
import { isRepeatTrade, transfersWithin } from "@/lib/fraud/repeat-trade";

describe("repeat trades", () => {
  it("two transfers within the 12 months before the application are flagged", () => {
    expect(isRepeatTrade(["2019-03-01", "2026-01-10", "2026-09-30"], "2026-11-26")).toEqual({
      repeat: true,
      transfers: ["2026-01-10", "2026-09-30"],
      since: "2025-11-26",
    });
  });
  it("one transfer in the window is not", () => {
    expect(isRepeatTrade(["2025-11-25", "2026-09-30"], "2026-11-26").repeat).toBe(false);
  });
  it("the window includes the same day a year earlier and the application day, not later days", () => {
    expect(transfersWithin(["2025-11-26", "2026-11-26", "2026-11-27"], "2026-11-26")).toEqual(["2025-11-26", "2026-11-26"]);
    // 29 February: the window starts on 28 February of the year before.
    expect(transfersWithin(["2027-02-27", "2027-02-28"], "2028-02-29")).toEqual(["2027-02-28"]);
  });
});
