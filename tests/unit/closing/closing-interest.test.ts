import { describe, expect, it } from "vitest";
import { closingInterest, closingPeriodStart } from "@/lib/closing/closing-interest";

// 年利率 1.5 %: interest = 积数 × 1.5 % ÷ 360 = 积数 ÷ 24,000, half-up to the fen once.
describe("销户结息: interest to the closing day on the same daily balances as 30 June", () => {
  it("a constant balance earns for every day before the closing day", () => {
    // 2025-07-01 … 2025-12-31 = 184 days × 10,000 = 1,840,000 ÷ 24,000 = 76.666… → 76.67
    expect(
      closingInterest({
        openingBalance: "10000.00",
        movements: [],
        periodStart: "2025-07-01",
        closingDate: "2026-01-01",
        ratePercent: "1.5",
      }),
    ).toEqual({ periodEnd: "2025-12-31", accumulation: "1840000.00", interest: "76.67" });
  });

  it("a mid-period credit counts from its value date", () => {
    // 92 days (Jul–Sep) × 10,000 + 31 days (Oct) × 12,000 = 1,292,000 ÷ 24,000 = 53.833… → 53.83
    expect(
      closingInterest({
        openingBalance: "10000.00",
        movements: [{ valueDate: "2025-10-01", amount: "2000.00" }],
        periodStart: "2025-07-01",
        closingDate: "2025-11-01",
        ratePercent: "1.5",
      }),
    ).toEqual({ periodEnd: "2025-10-31", accumulation: "1292000.00", interest: "53.83" });
  });

  it("counts 29 February in a leap year", () => {
    // 2027-07-01 … 2028-02-29 = 184 + 31 + 29 = 244 days × 5,000 = 1,220,000 ÷ 24,000 = 50.833… → 50.83
    expect(
      closingInterest({
        openingBalance: "5000.00",
        movements: [],
        periodStart: "2027-07-01",
        closingDate: "2028-03-01",
        ratePercent: "1.5",
      }),
    ).toEqual({ periodEnd: "2028-02-29", accumulation: "1220000.00", interest: "50.83" });
    // A 1,000 withdrawal valued 29 February: 243 × 5,000 + 1 × 4,000 = 1,219,000 ÷ 24,000 = 50.791… → 50.79
    expect(
      closingInterest({
        openingBalance: "5000.00",
        movements: [{ valueDate: "2028-02-29", amount: "-1000.00" }],
        periodStart: "2027-07-01",
        closingDate: "2028-03-01",
        ratePercent: "1.5",
      }).interest,
    ).toBe("50.79");
  });

  it("the closing day itself earns nothing: a movement on it is left out", () => {
    // 30 days × 100 = 3,000 ÷ 24,000 = 0.125 → 0.13 (half-up, once)
    expect(
      closingInterest({
        openingBalance: "100.00",
        movements: [{ valueDate: "2025-07-31", amount: "50000.00" }],
        periodStart: "2025-07-01",
        closingDate: "2025-07-31",
        ratePercent: "1.5",
      }),
    ).toEqual({ periodEnd: "2025-07-30", accumulation: "3000.00", interest: "0.13" });
  });

  it("closing on the first day of the period pays no interest", () => {
    expect(
      closingInterest({
        openingBalance: "9999.99",
        movements: [],
        periodStart: "2026-07-01",
        closingDate: "2026-07-01",
        ratePercent: "1.5",
      }),
    ).toEqual({ periodEnd: "2026-06-30", accumulation: "0.00", interest: "0.00" });
  });
});

describe("where the closing interest starts", () => {
  it("the day after the last settlement, or the opening day when later", () => {
    expect(closingPeriodStart({ lastSettledYearEnd: 2025, openedOn: "2020-01-01", closingDate: "2026-03-05" })).toBe("2025-07-01");
    expect(closingPeriodStart({ lastSettledYearEnd: 2025, openedOn: "2025-09-10", closingDate: "2026-03-05" })).toBe("2025-09-10");
  });

  it("a year whose 30 June settlement has not run yet is included", () => {
    expect(closingPeriodStart({ lastSettledYearEnd: 2025, openedOn: "2020-01-01", closingDate: "2026-07-02" })).toBe("2025-07-01");
  });

  it("with no settlement ever posted, the current settlement year", () => {
    expect(closingPeriodStart({ lastSettledYearEnd: null, openedOn: "2020-01-01", closingDate: "2026-03-05" })).toBe("2025-07-01");
    expect(closingPeriodStart({ lastSettledYearEnd: null, openedOn: "2020-01-01", closingDate: "2026-07-01" })).toBe("2026-07-01");
  });
});
