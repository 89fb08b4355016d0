import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/fraud/workbench-csv";
import { parseWorkbenchFilter, workbenchQuery } from "@/lib/fraud/workbench-filter";

describe("workbench CSV", () => {
  it("starts with a UTF-8 BOM, quotes commas, quotes and line breaks, ends lines with CRLF", () => {
    expect(toCsv(["申请人", "核验结果"], [["张伟", '面积不符, "86.20"'], ["李娜", null]])).toBe('\uFEFF申请人,核验结果\r\n张伟,"面积不符, ""86.20"""\r\n李娜,\r\n');
  });
  it("defuses spreadsheet formulas but keeps negative numbers", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("-3000.00")).toBe("-3000.00");
    expect(csvCell("@x")).toBe("'@x");
  });
});

describe("workbench filter", () => {
  it("keeps valid values and drops the rest; round-trips through the URL", () => {
    const f = parseWorkbenchFilter({ reason: "01", from: "2026-01-01", to: "2026-13-01", maxArea: "60", housing: "SECOND_HAND", window: "3", teller: "user_000002" });
    expect(f).toEqual({ reasonCode: "01", from: "2026-01-01", to: undefined, maxArea: "60", housing: "SECOND_HAND", windowNo: 3, tellerId: "user_000002" });
    expect(parseWorkbenchFilter(Object.fromEntries(new URLSearchParams(workbenchQuery(f))))).toEqual(f);
    expect(parseWorkbenchFilter({ reason: "42", maxArea: "1e9", housing: "OLD", window: "x", teller: "'; DROP" })).toEqual({
      reasonCode: undefined, from: undefined, to: undefined, maxArea: undefined, housing: undefined, windowNo: undefined, tellerId: undefined,
    });
  });
});
