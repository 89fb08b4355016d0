import { describe, expect, it } from "vitest";
import { meanScore, median, minutesText, percent, summarizeKpis } from "@/lib/dashboard/kpi-rules";

describe("median", () => {
  it("odd and even counts, unsorted input, empty", () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([600, 60, 1200, 900])).toBe(750);
  });
});

describe("figures rounded half-up by integer arithmetic", () => {
  it("percent to one decimal", () => {
    expect(percent(2, 3)).toBe("66.7");
    expect(percent(1, 16)).toBe("6.3"); // 6.25
    expect(percent(1, 8)).toBe("12.5");
    expect(percent(0, 5)).toBe("0.0");
    expect(percent(5, 5)).toBe("100.0");
    expect(percent(1, 0)).toBe("—");
  });
  it("mean score to two decimals", () => {
    expect(meanScore([5, 4, 4])).toBe("4.33");
    expect(meanScore([5, 5, 5, 4, 4, 4, 3, 3])).toBe("4.13"); // 4.125
    expect(meanScore([1, 2, 2])).toBe("1.67");
    expect(meanScore([5, 4])).toBe("4.50");
    expect(meanScore([])).toBe("—");
  });
  it("seconds as minutes to one decimal", () => {
    expect(minutesText(750)).toBe("12.5");
    expect(minutesText(87)).toBe("1.5"); // 1.45
    expect(minutesText(86)).toBe("1.4");
    expect(minutesText(0)).toBe("0.0");
    expect(minutesText(null)).toBe("—");
  });
});

describe("summarizeKpis", () => {
  it("one row per key, in the given order, a key without cases included", () => {
    const rows = summarizeKpis(
      [
        { key: "1", seconds: 600, success: true, score: 5 },
        { key: "1", seconds: 1200, success: true, score: 2 },
        { key: "1", seconds: 900, success: false, score: null },
        { key: "2", seconds: 300, success: true, score: 4 },
        { key: "9", seconds: 1, success: true, score: 1 }, // not a listed key: left out
      ],
      ["2", "1", "3"],
    );
    expect(rows).toEqual([
      { key: "2", cases: 1, medianMinutes: "5.0", successRate: "100.0", ratings: 1, satisfaction: "4.00" },
      { key: "1", cases: 3, medianMinutes: "15.0", successRate: "66.7", ratings: 2, satisfaction: "3.50" },
      { key: "3", cases: 0, medianMinutes: "—", successRate: "—", ratings: 0, satisfaction: "—" },
    ]);
  });
});
