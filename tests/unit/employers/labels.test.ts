import { describe, expect, it } from "vitest";
import { hireDoneText, leaveDoneText } from "@/lib/employers/labels";

describe("the hire and leave forms' answers", () => {
  it("names the outcome and the account, and the balance an in-city move carried", () => {
    expect(hireDoneText({ outcome: "OPENED", accountNo: "GJ0001", carriedBalance: null })).toBe("增员成功：已开户，个人账号 GJ0001");
    expect(hireDoneText({ outcome: "TRANSFERRED", accountNo: "GJ0002", carriedBalance: "12345.67" })).toBe(
      "增员成功：已市内转移并启封，个人账号 GJ0002，转入余额 12345.67 元",
    );
  });
  it("says on which month end a leaver's account is sealed", () => {
    expect(leaveDoneText({ sealOn: "2026-12-31" })).toBe("减员已登记，账户将于 2026-12-31 月末封存");
  });
});
