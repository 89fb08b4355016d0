import { describe, expect, it } from "vitest";
import {
  DEFAULT_PENALTY_RULE,
  dailyPenalty,
  penaltyAnnualRatePercent,
  penaltyBase,
  penaltyForDays,
  type PenaltyRule,
} from "@/lib/servicing/penalty-interest";

const withInterest: PenaltyRule = { ...DEFAULT_PENALTY_RULE, includeOverdueInterest: true };

describe("penalty rate", () => {
  it("defaults to the contract rate + 50 %: 2.6 → 3.9, 3.075 → 4.6125", () => {
    expect(penaltyAnnualRatePercent("2.6")).toBe("3.9");
    expect(penaltyAnnualRatePercent("3.075")).toBe("4.6125");
  });
  it("can be any markup or a fixed rate", () => {
    expect(penaltyAnnualRatePercent("2.6", { rate: { kind: "MARKUP", markupPercent: "30" }, includeOverdueInterest: false })).toBe("3.38");
    expect(penaltyAnnualRatePercent("2.6", { rate: { kind: "FIXED", annualRatePercent: "5" }, includeOverdueInterest: false })).toBe("5");
  });
});

describe("penalty interest (base × rate ÷ 360 × days, half-up once per posting)", () => {
  const tenThousand = { overduePrincipal: "10000.00", overdueInterest: "500.00", contractAnnualRatePercent: "2.6" };

  it("¥10,000 overdue at 2.6 %: 10000 × 3.9 % ÷ 360 = 1.0833… → 1.08 a day", () => {
    expect(dailyPenalty(tenThousand)).toBe("1.08");
  });

  it("a 30-day posting is 10000 × 3.9 % × 30 ÷ 360 = 32.50 exactly", () => {
    expect(penaltyForDays({ ...tenThousand, days: 30 })).toBe("32.50");
  });

  it("rounds once per posting: one 3-day posting 3.25, three daily postings 3 × 1.08 = 3.24", () => {
    expect(penaltyForDays({ ...tenThousand, days: 3 })).toBe("3.25");
    expect(penaltyForDays({ ...tenThousand, days: 1 })).toBe(dailyPenalty(tenThousand));
  });

  it("runs on principal only by default; the rule flag adds overdue interest", () => {
    expect(penaltyBase(tenThousand).toFixed(2)).toBe("10000.00");
    expect(penaltyBase(tenThousand, withInterest).toFixed(2)).toBe("10500.00");
    // 10500 × 3.9 % ÷ 360 = 1.1375 → 1.14
    expect(dailyPenalty(tenThousand, withInterest)).toBe("1.14");
    expect(dailyPenalty({ overduePrincipal: "100", contractAnnualRatePercent: "2.6" }, withInterest)).toBe("0.01");
  });

  it("installment vector: overdue principal 1836.73 at 2.6 % → 0.198979… → 0.20 a day, 30 days 5.9693725 → 5.97", () => {
    const input = { overduePrincipal: "1836.73", overdueInterest: "2166.67", contractAnnualRatePercent: "2.6" };
    expect(dailyPenalty(input)).toBe("0.20");
    expect(penaltyForDays({ ...input, days: 30 })).toBe("5.97");
    // (1836.73 + 2166.67) × 3.9 % ÷ 360 = 0.433701… → 0.43
    expect(dailyPenalty(input, withInterest)).toBe("0.43");
  });

  it("rounds half-up at the half fen: at a fixed 3.6 %, ¥50.00 a day is exactly 0.005 → 0.01, ¥49.99 → 0.00", () => {
    const fixed: PenaltyRule = { rate: { kind: "FIXED", annualRatePercent: "3.6" }, includeOverdueInterest: false };
    expect(dailyPenalty({ overduePrincipal: "50.00", contractAnnualRatePercent: "2.6" }, fixed)).toBe("0.01");
    expect(dailyPenalty({ overduePrincipal: "49.99", contractAnnualRatePercent: "2.6" }, fixed)).toBe("0.00");
  });

  it("is zero on a zero balance or zero days, and refuses negatives", () => {
    expect(dailyPenalty({ overduePrincipal: "0", contractAnnualRatePercent: "2.6" })).toBe("0.00");
    expect(penaltyForDays({ ...tenThousand, days: 0 })).toBe("0.00");
    expect(() => dailyPenalty({ overduePrincipal: "-1", contractAnnualRatePercent: "2.6" })).toThrow(
      expect.objectContaining({ code: "INVALID_AMOUNT" }),
    );
    expect(() => penaltyForDays({ ...tenThousand, days: -1 })).toThrow(expect.objectContaining({ code: "INVALID_AMOUNT" }));
    expect(() => penaltyForDays({ ...tenThousand, days: 1.5 })).toThrow(expect.objectContaining({ code: "INVALID_AMOUNT" }));
  });
});
