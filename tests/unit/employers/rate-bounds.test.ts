import { describe, expect, it } from "vitest";
import { boundsFrom, boundsText, DEFAULT_RATE_BOUNDS, rateProblem, rateProblemKeeping, ZRateBounds } from "@/lib/employers/rate-bounds";
import { monthEndOf } from "@/lib/dates/calendar";
import { checkRatePair } from "@/lib/employers/rates";
import { ZRateBoundsForm } from "@/lib/settings/parameter-forms";
import { isDomainError } from "@/lib/errors";

describe("contribution rate bounds (data, default 5 %–12 %)", () => {
  it("accepts the bounds themselves and two decimals, refuses outside and malformed", () => {
    const b = DEFAULT_RATE_BOUNDS;
    expect(["5", "12", "7.5", "10.25", "12.00"].map((v) => rateProblem(v, b))).toEqual([null, null, null, null, null]);
    expect(["4.99", "12.01", "0", "20"].map((v) => rateProblem(v, b))).toEqual(Array(4).fill("OUT_OF_BOUNDS"));
    expect(["", "abc", "7.555", "-5", "07", "=12"].map((v) => rateProblem(v, b))).toEqual(Array(6).fill("FORMAT"));
  });

  it("reads stored bounds, falling back to the default pair when missing, malformed or reversed", () => {
    expect(boundsFrom("6", "10")).toEqual({ min: "6.00", max: "10.00" });
    expect(rateProblem("5", boundsFrom("6", "10"))).toBe("OUT_OF_BOUNDS");
    expect(boundsFrom(undefined, "10")).toEqual(DEFAULT_RATE_BOUNDS);
    expect(boundsFrom("12", "5")).toEqual(DEFAULT_RATE_BOUNDS);
    expect(boundsFrom(6, "10")).toEqual(DEFAULT_RATE_BOUNDS);
    expect(boundsText(DEFAULT_RATE_BOUNDS)).toBe("5% 至 12%");
  });

  it("checks a pair field by field, normalized to two decimals", () => {
    expect(checkRatePair({ employerRate: " 7.5 ", personalRate: "12" }, DEFAULT_RATE_BOUNDS)).toEqual({
      employer: "7.50",
      personal: "12.00",
    });
    const thrown = (() => {
      try {
        checkRatePair({ employerRate: "12", personalRate: "13" }, DEFAULT_RATE_BOUNDS);
      } catch (error) {
        return isDomainError(error) ? [error.code, error.field, error.details?.bounds] : error;
      }
    })();
    expect(thrown).toEqual(["RATE_OUT_OF_BOUNDS", "personalRate", "5% 至 12%"]);
  });
});

describe("a leaver's seal date", () => {
  it("is the last day of the leaving month, leap years included", () => {
    expect(monthEndOf("2026-03-05")).toBe("2026-03-31");
    expect(monthEndOf("2026-02-01")).toBe("2026-02-28");
    expect(monthEndOf("2028-02-29")).toBe("2028-02-29");
    expect(monthEndOf("2026-12-31")).toBe("2026-12-31");
    expect(monthEndOf("2026-04-30")).toBe("2026-04-30");
  });
});

describe("a bound change keeps an employer's own rate (never retroactive)", () => {
  it("a value equal to the kept rate passes outside the bounds; any other value is checked", () => {
    const narrow = { min: "6.00", max: "10.00" };
    expect(rateProblemKeeping("12", narrow, "12.00")).toBeNull();
    expect(rateProblemKeeping("12.00", narrow, "12")).toBeNull();
    expect(rateProblemKeeping("11", narrow, "12.00")).toBe("OUT_OF_BOUNDS");
    expect(rateProblemKeeping("12", narrow, null)).toBe("OUT_OF_BOUNDS");
    expect(rateProblemKeeping("12", narrow, undefined)).toBe("OUT_OF_BOUNDS");
    expect(rateProblemKeeping("12.5.0", narrow, "12.00")).toBe("FORMAT");
    expect(rateProblemKeeping("8", narrow, "12.00")).toBeNull();
  });

  it("the published value: two decimals, above zero, lower not above upper", () => {
    expect(ZRateBounds.parse({ min: "5", max: "12" })).toEqual({ min: "5.00", max: "12.00" });
    expect(ZRateBounds.parse({ min: " 7.5 ", max: "7.5" })).toEqual({ min: "7.50", max: "7.50" });
    const problems = (v: unknown) => (ZRateBounds.safeParse(v).error?.issues ?? []).map((i) => [i.path.join("."), i.message]);
    expect(problems({ min: "8", max: "6" })).toEqual([["max", "上限不能低于下限"]]);
    expect(problems({ min: "0", max: "6" })).toEqual([["min", "下限须大于0"]]);
    expect(problems({ min: "5.001", max: "12" })).toEqual([["min", "应为百分比数字，最多两位小数，例如 5 或 7.5"]]);
  });
});

describe("the /admin/parameters rate bounds form", () => {
  it("puts the value's problems at their inputs and passes a good pair through", () => {
    const bad = ZRateBoundsForm.safeParse({ min: "13", max: "12", effectiveFrom: "2026-03-10", note: "" });
    expect(bad.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["max", "上限不能低于下限"]]);
    expect(ZRateBoundsForm.parse({ min: "5", max: "12", effectiveFrom: "2026-03-10", note: " 年度调整 " })).toEqual({
      effectiveFrom: "2026-03-10",
      note: "年度调整",
      value: { min: "5", max: "12" },
    });
  });
});
