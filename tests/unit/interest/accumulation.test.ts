import { describe, expect, it } from "vitest";
import { dailyBalanceAccumulation, latestDueYearEnd, settlementInterest, settlementPeriod } from "@/lib/interest/accumulation";

const year2026 = settlementPeriod(2026); // 2025-07-01 .. 2026-06-30, 365 days

describe("annual interest on daily balances (积数 × 年利率 / 360)", () => {
  it("uses 1 July – 30 June", () => {
    expect(year2026).toEqual({ periodStart: "2025-07-01", periodEnd: "2026-06-30" });
  });

  it("a constant balance for 365 days earns 365/360 of the rate", () => {
    const r = settlementInterest({ ...year2026, openingBalance: "10000.00", movements: [], ratePercent: "1.5" });
    expect(r).toEqual({ accumulation: "3650000.00", interest: "152.08" }); // 152.0833…
  });

  it("counts a credit from its value date, inclusive", () => {
    const r = settlementInterest({
      ...year2026,
      openingBalance: "0",
      movements: [{ valueDate: "2026-06-01", amount: "1000.00" }],
      ratePercent: "1.5",
    });
    expect(r).toEqual({ accumulation: "30000.00", interest: "1.25" });
  });

  it("rounds half-up to the fen once: 0.125 → 0.13", () => {
    const r = settlementInterest({
      ...year2026,
      openingBalance: "0",
      movements: [{ valueDate: "2026-06-01", amount: "100.00" }],
      ratePercent: "1.5",
    });
    expect(r).toEqual({ accumulation: "3000.00", interest: "0.13" });
  });

  it("a withdrawal lowers the balance from its value date", () => {
    // 184 days (Jul–Dec) × 10000 + 181 days (Jan–Jun) × 6000 = 2,926,000; ÷ 24000 = 121.9166…
    const r = settlementInterest({
      ...year2026,
      openingBalance: "10000.00",
      movements: [{ valueDate: "2026-01-01", amount: "-4000.00" }],
      ratePercent: "1.5",
    });
    expect(r).toEqual({ accumulation: "2926000.00", interest: "121.92" });
  });

  it("sorts movements, ignores ones outside the period, and handles several on one day", () => {
    const acc = dailyBalanceAccumulation({
      ...year2026,
      openingBalance: "500.00",
      movements: [
        { valueDate: "2026-06-30", amount: "100.00" },
        { valueDate: "2025-07-01", amount: "200.00" },
        { valueDate: "2025-07-01", amount: "-50.00" },
        { valueDate: "2026-07-01", amount: "99999.00" },
        { valueDate: "2025-06-30", amount: "99999.00" },
      ],
    });
    // 650 × 364 days + 750 × 1 day
    expect(acc.toFixed(2)).toBe("237350.00");
  });

  it("a leap year has 366 days", () => {
    const r = settlementInterest({ ...settlementPeriod(2028), openingBalance: "3600.00", movements: [], ratePercent: "1.5" });
    expect(r).toEqual({ accumulation: "1317600.00", interest: "54.90" });
  });
});

describe("latestDueYearEnd", () => {
  it("is this year from 30 June on, last year before it", () => {
    expect(latestDueYearEnd("2026-06-29")).toBe(2025);
    expect(latestDueYearEnd("2026-06-30")).toBe(2026);
    expect(latestDueYearEnd("2026-11-26")).toBe(2026);
    expect(latestDueYearEnd("2027-01-01")).toBe(2026);
  });
});
