import { describe, expect, it } from "vitest";
import { DEFAULT_ESCALATION_POLICY, suggestActions, type EscalationPolicy } from "@/lib/servicing/escalation";

const codes = (overduePeriods: number, consecutiveOverduePeriods: number, policy?: EscalationPolicy) =>
  suggestActions({ overduePeriods, consecutiveOverduePeriods }, policy).actions.map((a) => a.code);

describe("suggestActions under the default policy", () => {
  it("suggests nothing for a loan that is not overdue", () => {
    expect(suggestActions({ overduePeriods: 0, consecutiveOverduePeriods: 0 })).toEqual({ tier: null, actions: [] });
  });

  it("1 period: a phone reminder", () => {
    expect(suggestActions({ overduePeriods: 1, consecutiveOverduePeriods: 1 })).toEqual({
      tier: { code: "REMIND", label: "逾期1期：电话提醒" },
      actions: [{ code: "PHONE_REMINDER", label: "电话催收" }],
    });
  });

  it("2–5 periods, fewer than 3 in a row: phone, home visit, employer meeting, written notice", () => {
    const expected = ["PHONE_REMINDER", "HOME_VISIT", "EMPLOYER_MEETING", "WRITTEN_NOTICE"];
    expect(codes(2, 2)).toEqual(expected);
    expect(codes(5, 2)).toEqual(expected);
    expect(suggestActions({ overduePeriods: 4, consecutiveOverduePeriods: 1 }).actions.at(-1)).toEqual({
      code: "WRITTEN_NOTICE",
      label: "送达逾期贷款通知单",
    });
  });

  it("3 in a row escalates to legal referral and blacklist even at 3 periods", () => {
    expect(codes(3, 3)).toEqual(["LEGAL_REFERRAL", "BLACKLIST_PROPOSAL"]);
    expect(suggestActions({ overduePeriods: 3, consecutiveOverduePeriods: 3 }).tier?.code).toBe("LEGAL");
  });

  it("6 or more periods: legal referral (court or notary) and blacklist proposal", () => {
    expect(suggestActions({ overduePeriods: 6, consecutiveOverduePeriods: 1 }).actions).toEqual([
      { code: "LEGAL_REFERRAL", label: "移送法院诉讼或申请公证强制执行" },
      { code: "BLACKLIST_PROPOSAL", label: "提请列入失信黑名单" },
    ]);
    expect(codes(24, 24)).toEqual(["LEGAL_REFERRAL", "BLACKLIST_PROPOSAL"]);
  });
});

describe("the policy is data", () => {
  it("a stricter policy can send 2 in a row to legal", () => {
    const strict: EscalationPolicy = {
      tiers: [
        DEFAULT_ESCALATION_POLICY.tiers[0]!,
        { code: "LEGAL", label: "连续2期", minOverduePeriods: 4, minConsecutiveOverduePeriods: 2, actions: ["LEGAL_REFERRAL"] },
      ],
    };
    expect(codes(2, 2, strict)).toEqual(["LEGAL_REFERRAL"]);
    expect(codes(1, 1, strict)).toEqual(["PHONE_REMINDER"]);
    // 3 periods, none in a row, match no tier of this policy.
    expect(suggestActions({ overduePeriods: 3, consecutiveOverduePeriods: 1 }, strict)).toEqual({ tier: null, actions: [] });
  });

  it("refuses a tier that cannot match or suggests unknown actions", () => {
    const bad = (tier: Partial<EscalationPolicy["tiers"][number]>): EscalationPolicy => ({
      tiers: [{ code: "X", label: "x", minOverduePeriods: 1, actions: ["PHONE_REMINDER"], ...tier }],
    });
    for (const policy of [
      bad({ minOverduePeriods: 0 }),
      bad({ minOverduePeriods: 3, maxOverduePeriods: 2 }),
      bad({ actions: [] }),
      bad({ actions: ["SMS" as never] }),
    ]) {
      expect(() => suggestActions({ overduePeriods: 1, consecutiveOverduePeriods: 1 }, policy)).toThrow(
        expect.objectContaining({ code: "INVALID_ESCALATION_POLICY" }),
      );
    }
  });
});
