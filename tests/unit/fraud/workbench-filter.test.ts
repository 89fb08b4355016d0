import { describe, expect, it } from "vitest";
import { parseWorkbenchFilter, workbenchQuery } from "@/lib/fraud/workbench-filter";

describe("workbench filter", () => {
  it("keeps valid values and drops the rest; round-trips through the URL", () => {
    const f = parseWorkbenchFilter({
      reason: "01",
      from: "2026-01-01",
      to: "2026-13-01",
      maxArea: "60",
      housing: "SECOND_HAND",
      window: "3",
      teller: "user_000002",
    });
    expect(f).toEqual({
      reasonCode: "01",
      from: "2026-01-01",
      to: undefined,
      maxArea: "60",
      housing: "SECOND_HAND",
      windowNo: 3,
      tellerId: "user_000002",
    });
    expect(parseWorkbenchFilter(Object.fromEntries(new URLSearchParams(workbenchQuery(f))))).toEqual(f);
    expect(parseWorkbenchFilter({ reason: "42", maxArea: "1e9", housing: "OLD", window: "x", teller: "'; DROP" })).toEqual({
      reasonCode: undefined,
      from: undefined,
      to: undefined,
      maxArea: undefined,
      housing: undefined,
      windowNo: undefined,
      tellerId: undefined,
    });
  });
});
