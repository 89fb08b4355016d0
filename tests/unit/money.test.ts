import { describe, expect, it } from "vitest";
import { displayYuan, formatYuan, isYuanString, money, percentOf, sumMoney, toFen } from "@/lib/money";

describe("toFen / formatYuan: half-up to the fen", () => {
  it.each([
    ["2.675", "2.68"], // a float would give 2.67 (2.675 is 2.67499999… in binary)
    ["2.665", "2.67"],
    ["2.664999", "2.66"],
    ["-1.005", "-1.01"], // half away from zero: ties go to the larger magnitude
    ["-1.004", "-1.00"],
    ["0.005", "0.01"],
    ["1234.5", "1234.50"],
    ["0", "0.00"],
    ["999999999999999.995", "1000000000000000.00"],
  ])("%s → %s", (input, expected) => {
    expect(formatYuan(input)).toBe(expected);
    expect(toFen(input).toFixed(2)).toBe(expected);
  });

  it("accepts integer JS numbers and Decimal-like objects", () => {
    expect(formatYuan(100)).toBe("100.00");
    expect(formatYuan(money("3.1"))).toBe("3.10");
    expect(formatYuan({ toString: () => "7.005" })).toBe("7.01");
  });
});

describe("money", () => {
  it("refuses fractional JS numbers", () => {
    expect(() => money(0.1)).toThrow(/fractional/);
    expect(() => formatYuan(2.675)).toThrow(/fractional/);
    expect(() => sumMoney(["1.00", 0.5])).toThrow(/fractional/);
  });

  it("rejects garbage", () => {
    expect(() => money("12,00")).toThrow();
    expect(() => money("abc")).toThrow();
  });
});

describe("displayYuan", () => {
  it.each([
    ["1234567.8", "¥1,234,567.80"],
    ["1234.5", "¥1,234.50"],
    ["999.995", "¥1,000.00"],
    ["100", "¥100.00"],
    ["0", "¥0.00"],
    ["-1234.5", "-¥1,234.50"],
    ["-0.5", "-¥0.50"],
  ])("%s → %s", (input, expected) => {
    expect(displayYuan(input)).toBe(expected);
  });
});

describe("sumMoney", () => {
  it("is exact where floats are not", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumMoney(["0.1", "0.2"]).toFixed(2)).toBe("0.30");
    expect(sumMoney(["0.1", "0.2"]).equals("0.3")).toBe(true);
  });

  it("adds many fen without drift", () => {
    expect(sumMoney(Array.from({ length: 10_000 }, () => "0.01")).toFixed(2)).toBe("100.00");
  });

  it("handles empty lists and negatives", () => {
    expect(sumMoney([]).toFixed(2)).toBe("0.00");
    expect(sumMoney(["100.00", "-30.55", "0.55"]).toFixed(2)).toBe("70.00");
  });
});

describe("percentOf", () => {
  it.each([
    ["5000", "12", "600.00"],
    ["4567.89", "7.5", "342.59"], // 342.59175
    ["3333.33", "5", "166.67"], // 166.6665 rounds up
    ["8000", "2.6", "208.00"],
    ["0", "12", "0.00"],
  ])("%s × %s%% → %s", (amount, percent, expected) => {
    expect(percentOf(amount, percent).toFixed(2)).toBe(expected);
  });
});

describe("isYuanString", () => {
  it.each(["0", "0.5", "12.30", "1234567890123456.99"])("accepts %s", (s) => {
    expect(isYuanString(s)).toBe(true);
  });
  it.each(["", "-1", "01", "1.234", "1,000", " 1", "1.", ".5", "12345678901234567"])("rejects %j", (s) => {
    expect(isYuanString(s)).toBe(false);
  });
});
