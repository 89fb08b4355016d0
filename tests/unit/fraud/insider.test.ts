import { describe, expect, it } from "vitest";
import { findInsiderConflict } from "@/lib/fraud/insider-rule";
import { rankStaffByFlags } from "@/lib/fraud/insider-threshold";

const ties = { idNumber: "320121198803150420", relatives: [{ idNumber: "320121196202110213", name: "陈建国", relation: "父亲" }] };

describe("insider conflict", () => {
  it("the staff member themself, or a declared relative, among the parties", () => {
    expect(findInsiderConflict(ties, ["320121198803150420"])).toEqual({ kind: "SELF", idNumber: "320121198803150420" });
    expect(findInsiderConflict(ties, ["320104199203150022", "320121196202110213"])).toEqual({
      kind: "RELATIVE",
      idNumber: "320121196202110213",
      name: "陈建国",
      relation: "父亲",
    });
    expect(findInsiderConflict(ties, ["320104199203150022"])).toBeNull();
    expect(findInsiderConflict({ idNumber: null, relatives: [] }, ["320104199203150022"])).toBeNull();
  });
});

describe("insider report threshold", () => {
  it("lists staff with ≥ 10 handled, ≥ 3 flags and at least twice the center's rate", () => {
    const { centerRate, rows } = rankStaffByFlags([
      { userId: "a", handled: 100, flags: 2 },
      { userId: "b", handled: 12, flags: 4 },
      { userId: "c", handled: 9, flags: 5 },
      { userId: "d", handled: 40, flags: 3 },
    ]);
    // 14 flags over 161 cases.
    expect(centerRate).toBeCloseTo(14 / 161, 12);
    expect(rows.map((r) => [r.userId, r.unusual])).toEqual([
      ["b", true],
      ["c", false],
      ["d", false],
      ["a", false],
    ]);
  });
  it("exactly twice the center's rate counts (integer comparison, no rounding)", () => {
    // Center: 6 flags / 60 cases = 0.1; e: 4 / 20 = 0.2 = 2 × 0.1.
    const { rows } = rankStaffByFlags([
      { userId: "e", handled: 20, flags: 4 },
      { userId: "f", handled: 40, flags: 2 },
    ]);
    expect(rows.find((r) => r.userId === "e")!.unusual).toBe(true);
  });
});
