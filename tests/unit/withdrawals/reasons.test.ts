import { describe, expect, it } from "vitest";
import { MAY_RUN_TOGETHER, REASON_CODES, REASON_RULES, mayRunTogether } from "@/lib/withdrawals/reasons";

describe("which reasons may be in flight together", () => {
  it("lets a critical illness run beside a housing reason, and nothing else", () => {
    const pairs = REASON_CODES.flatMap((a) => REASON_CODES.filter((b) => a < b && mayRunTogether(a, b)).map((b) => `${a}+${b}`));
    expect(pairs).toEqual(["01+09", "02+09", "06+09", "07+09"]);
  });

  it("is symmetric, never pairs a reason with itself, and never lets a closing reason run beside another", () => {
    for (const a of REASON_CODES) {
      expect(mayRunTogether(a, a)).toBe(false);
      for (const b of REASON_CODES) {
        expect(mayRunTogether(a, b)).toBe(mayRunTogether(b, a));
        if (REASON_RULES[a].closesAccount) expect(mayRunTogether(a, b)).toBe(false);
      }
    }
    expect(MAY_RUN_TOGETHER.every(([a, b]) => a !== b)).toBe(true);
  });
});
