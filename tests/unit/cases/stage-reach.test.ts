import { describe, expect, it } from "vitest";
import { isAlreadyHandled, stagesReachableFrom } from "@/lib/cases/stage-reach";
import { caseErrorMessage, CASE_ERROR_MESSAGES } from "@/lib/cases/messages";
import { nextAfter } from "@/lib/db/serial";

describe("stage reachability (already handled vs illegal)", () => {
  it("knows what lies downstream of a stage", () => {
    expect([...stagesReachableFrom("MORTGAGE_REGISTERED")].sort()).toEqual(["DISBURSED", "RECHECKED"]);
    expect(stagesReachableFrom("DISBURSED").size).toBe(0);
    expect(stagesReachableFrom("ACCEPTED").has("RETURNED")).toBe(true);
  });

  it("calls a move someone already made ALREADY_HANDLED and a nonsense move illegal", () => {
    expect(isAlreadyHandled("APPROVED", "APPROVE")).toBe(true);
    expect(isAlreadyHandled("RETURNED", "APPROVE")).toBe(true);
    expect(isAlreadyHandled("DISBURSED", "RECHECK")).toBe(true);
    expect(isAlreadyHandled("ACCEPTED", "RESUBMIT")).toBe(true);
    expect(isAlreadyHandled("ACCEPTED", "SIGN_CONTRACTS")).toBe(false);
    expect(isAlreadyHandled("SUBMITTED", "APPROVE")).toBe(false);
  });
});

describe("case error messages", () => {
  it("fills in the details", () => {
    expect(caseErrorMessage({ code: "OVER_AUTHORITY", details: { limit: "600000.00", principal: "800000.00" } })).toBe(
      "贷款金额¥800,000.00超出您的审批权限（¥600,000.00），请转交权限更高的审核员",
    );
    expect(caseErrorMessage({ code: "AMOUNT_OVER_LIMIT", details: { maxAmount: "1000000.00", binding: "CITY_CAP" } })).toBe(
      "申请金额超过可贷额度¥1,000,000.00（受“本市最高贷款额度”限制）",
    );
    expect(caseErrorMessage({ code: "ILLEGAL_TRANSITION", details: { from: "ACCEPTED", action: "SIGN_CONTRACTS" } })).toBe(
      "“已受理”环节不能执行“签订合同”",
    );
    expect(caseErrorMessage({ code: "ALREADY_HANDLED" })).toBe(CASE_ERROR_MESSAGES.ALREADY_HANDLED);
    expect(caseErrorMessage({ code: "SOMETHING_NEW" })).toBe("操作未能完成，请稍后重试");
  });
});

describe("serial numbers", () => {
  it("continues after the highest number of the series", () => {
    expect(nextAfter(["苏(2026)南京市不动产证明第0005012号", null], "苏(2026)南京市不动产证明第", "号")).toBe(5013);
    expect(nextAfter([undefined], "GJJ2026")).toBe(1);
    expect(nextAfter(["BJ202611260009"], "BJ20261126")).toBe(10);
  });
});
