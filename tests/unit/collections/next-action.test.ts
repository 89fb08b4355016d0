import { describe, expect, it } from "vitest";
import { markDone, nextSuggestedAction } from "@/lib/collections/next-action";
import { suggestActions } from "@/lib/servicing/escalation";

const collect = suggestActions({ overduePeriods: 3, consecutiveOverduePeriods: 2 });

describe("nextSuggestedAction", () => {
  it("is the tier's first action the log does not show done", () => {
    expect(nextSuggestedAction(collect, [])?.code).toBe("PHONE_REMINDER");
    expect(nextSuggestedAction(collect, ["PHONE_CALL"])?.code).toBe("HOME_VISIT");
    expect(nextSuggestedAction(collect, ["PHONE_CALL", "HOME_VISIT", "EMPLOYER_MEETING"])).toEqual({
      code: "WRITTEN_NOTICE",
      label: "送达逾期贷款通知单",
      done: false,
    });
  });

  it("starts the round again once every action is done", () => {
    expect(nextSuggestedAction(collect, ["PHONE_CALL", "HOME_VISIT", "EMPLOYER_MEETING", "NOTICE_SERVED"])).toEqual({
      code: "PHONE_REMINDER",
      label: "电话催收",
      done: true,
    });
  });

  it("never marks a blacklist proposal done from the contact log", () => {
    const legal = suggestActions({ overduePeriods: 6, consecutiveOverduePeriods: 6 });
    expect(markDone(legal, ["LEGAL_REFERRAL", "OTHER"]).map((a) => [a.code, a.done])).toEqual([
      ["LEGAL_REFERRAL", true],
      ["BLACKLIST_PROPOSAL", false],
    ]);
  });

  it("is null for a loan that is not overdue", () => {
    expect(nextSuggestedAction(suggestActions({ overduePeriods: 0, consecutiveOverduePeriods: 0 }), [])).toBeNull();
  });
});
