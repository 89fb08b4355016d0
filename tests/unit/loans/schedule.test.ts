import { describe, expect, it } from "vitest";
import { buildSchedule, type ScheduleInput } from "@/lib/loans/schedule";
import { money, sumMoney } from "@/lib/money";

const base = { firstDueDate: "2026-01-15" } as const;

function scheduleOf(input: Omit<ScheduleInput, "firstDueDate">) {
  return buildSchedule({ ...base, ...input });
}

describe("buildSchedule — the issue's vectors", () => {
  it("¥1,000,000 over 360 months at 2.6 %, equal installment: 4,003.40 a month", () => {
    const { installments } = scheduleOf({ principal: "1000000", annualRatePercent: "2.6", months: 360, method: "EQUAL_INSTALLMENT" });
    expect(installments).toHaveLength(360);
    expect(installments[0]).toMatchObject({
      seq: 1,
      payment: "4003.40",
      interest: "2166.67",
      principal: "1836.73",
      balanceAfter: "998163.27",
    });
    // Every installment but the last pays exactly the annuity.
    expect(new Set(installments.slice(0, -1).map((i) => i.payment))).toEqual(new Set(["4003.40"]));
  });

  it("¥500,000 over 60 months at 2.1 %, equal installment: 8,785.77 a month", () => {
    const { installments } = scheduleOf({ principal: "500000", annualRatePercent: "2.1", months: 60, method: "EQUAL_INSTALLMENT" });
    expect(installments[0]!.payment).toBe("8785.77");
    expect(installments[0]!.interest).toBe("875.00");
  });

  it("¥500,000 over 60 months at 2.1 %, equal principal: 9,208.33 the first month, then falling", () => {
    const { installments } = scheduleOf({ principal: "500000", annualRatePercent: "2.1", months: 60, method: "EQUAL_PRINCIPAL" });
    expect(installments[0]).toMatchObject({ payment: "9208.33", principal: "8333.33", interest: "875.00" });
    expect(installments[1]).toMatchObject({ principal: "8333.33", interest: "860.42", payment: "9193.75" });
    // The last takes the rounding remainder: 500,000 − 59 × 8,333.33.
    expect(installments[59]!.principal).toBe("8333.53");
  });
});

describe("buildSchedule — invariants", () => {
  const cases: Omit<ScheduleInput, "firstDueDate">[] = [
    { principal: "1000000", annualRatePercent: "2.6", months: 360, method: "EQUAL_INSTALLMENT" },
    { principal: "500000", annualRatePercent: "2.1", months: 60, method: "EQUAL_PRINCIPAL" },
    { principal: "123456.78", annualRatePercent: "3.075", months: 217, method: "EQUAL_INSTALLMENT" },
    { principal: "123456.78", annualRatePercent: "3.075", months: 217, method: "EQUAL_PRINCIPAL" },
    { principal: "0.05", annualRatePercent: "2.6", months: 12, method: "EQUAL_INSTALLMENT" },
  ];

  it.each(cases)("principal parts sum exactly to the loan and the final balance is 0.00 (%o)", (input) => {
    const { installments, totalInterest } = scheduleOf(input);
    expect(sumMoney(installments.map((i) => i.principal)).toFixed(2)).toBe(money(input.principal).toFixed(2));
    expect(installments.at(-1)!.balanceAfter).toBe("0.00");
    expect(sumMoney(installments.map((i) => i.interest)).toFixed(2)).toBe(totalInterest);
    for (const i of installments) {
      expect(money(i.payment).toFixed(2)).toBe(money(i.principal).plus(i.interest).toFixed(2));
      expect(money(i.principal).gte(0)).toBe(true);
      expect(i.payment).toMatch(/^\d+\.\d{2}$/);
    }
  });

  it("falls due monthly on the same day, clamped to the month's end", () => {
    const { installments } = buildSchedule({
      principal: "10000",
      annualRatePercent: "2.1",
      months: 4,
      method: "EQUAL_INSTALLMENT",
      firstDueDate: "2027-12-31",
    });
    expect(installments.map((i) => i.dueDate)).toEqual(["2027-12-31", "2028-01-31", "2028-02-29", "2028-03-31"]);
  });

  it("refuses a non-positive principal or term", () => {
    expect(() => scheduleOf({ principal: "0", annualRatePercent: "2.1", months: 12, method: "EQUAL_INSTALLMENT" })).toThrow();
    expect(() => scheduleOf({ principal: "1000", annualRatePercent: "2.1", months: 0, method: "EQUAL_INSTALLMENT" })).toThrow();
  });
});
