import { describe, expect, it } from "vitest";
import { banEndsOn, banRefusalFacts, blacklistYearsFrom, isBanActive } from "@/lib/fraud/blacklist-rule";
import { banRefusalText } from "@/lib/fraud/refusal-messages";

describe("blacklist rules", () => {
  it("a ban lasts the configured years, 5 by default", () => {
    expect(blacklistYearsFrom(undefined)).toBe(5);
    expect(blacklistYearsFrom(3)).toBe(3);
    for (const bad of [0, 21, 2.5, "3", null]) expect(blacklistYearsFrom(bad)).toBe(5);
    expect(banEndsOn("2026-05-10", 5)).toBe("2031-05-10");
    expect(banEndsOn("2028-02-29", 5)).toBe("2033-02-28");
  });
  it("is in force from its first day up to, not including, its end, unless lifted", () => {
    const ban = { startsOn: "2026-05-10", endsOn: "2031-05-10", lifted: false };
    expect(isBanActive(ban, "2026-05-09")).toBe(false);
    expect(isBanActive(ban, "2026-05-10")).toBe(true);
    expect(isBanActive(ban, "2031-05-09")).toBe(true);
    expect(isBanActive(ban, "2031-05-10")).toBe(false);
    expect(isBanActive({ ...ban, lifted: true }, "2027-01-01")).toBe(false);
  });
  it("the refusal says why and until when", () => {
    expect(banRefusalFacts({ endsOn: "2031-05-10", reason: "伪造购房合同" }, true)).toEqual({
      banReason: "伪造购房合同",
      endsOn: "2031-05-10",
      atWindow: true,
    });
    expect(banRefusalText(banRefusalFacts({ endsOn: "2031-05-10", reason: "冒用他人病历骗提公积金" }, false))).toBe(
      "您已被列入失信黑名单（冒用他人病历骗提公积金），2031-05-10 前不得办理住房公积金提取和贷款",
    );
    expect(banRefusalText(banRefusalFacts({ endsOn: "2031-05-10", reason: "伪造购房合同" }, true))).toBe(
      "申请人已被列入失信黑名单（伪造购房合同），2031-05-10 前不得办理住房公积金提取和贷款",
    );
  });
});
