import { describe, expect, it } from "vitest";
import {
  ACCESS_CODE_MAX_TRIES,
  ACCESS_CODE_MINUTES,
  accessCodeExpiry,
  accessCodeState,
  hashAccessCode,
  newAccessCode,
  normalizePhone,
} from "@/lib/citizen-access/code-rules";
import { ZRedeemAccessCode, ZRequestAccessCode } from "@/lib/citizen-access/schemas";
import { ACCESS_CODE_SMS, CODE_SENT_ANSWER } from "@/lib/citizen-access/messages";

const issuesAt = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0] ?? ""), i.message]));

describe("citizen access code rules", () => {
  it("a code lives 10 minutes and allows 5 wrong tries", () => {
    expect(ACCESS_CODE_MINUTES).toBe(10);
    expect(ACCESS_CODE_MAX_TRIES).toBe(5);
    expect(accessCodeExpiry(new Date("2026-12-03T08:00:00.000Z")).toISOString()).toBe("2026-12-03T08:10:00.000Z");
  });

  it("codes are 6 digits with leading zeros", () => {
    expect(newAccessCode(() => 42)).toBe("000042");
    expect(newAccessCode(() => 999_999)).toBe("999999");
    let asked = 0;
    newAccessCode((max) => ((asked = max), 0));
    expect(asked).toBe(1_000_000);
    expect(newAccessCode()).toMatch(/^\d{6}$/);
  });

  it("stores SHA-256 of id:depositor:code, salted by the row's id", () => {
    expect(hashAccessCode("code-1", "dep-1", "123456")).toBe("43d2fb1b7c1eeb597c6fd104ff52d0b1f30bcc2973d24dde1edc9a91fa9351ba");
    expect(hashAccessCode("code-1", "dep-1", " 123456 ")).toBe(hashAccessCode("code-1", "dep-1", "123456"));
    expect(hashAccessCode("code-2", "dep-1", "123456")).not.toBe(hashAccessCode("code-1", "dep-1", "123456"));
    expect(hashAccessCode("code-1", "dep-1", "123456")).not.toContain("123456");
  });

  it("a code is live until used, expired (at the exact instant) or burnt by the fifth wrong try", () => {
    const expiresAt = new Date("2026-12-03T08:10:00.000Z");
    const live = { expiresAt, failedTries: 0, usedAt: null };
    expect(accessCodeState(live, new Date("2026-12-03T08:09:59.999Z"))).toBe("LIVE");
    expect(accessCodeState(live, expiresAt)).toBe("EXPIRED");
    expect(accessCodeState({ ...live, failedTries: 4 }, new Date("2026-12-03T08:05:00Z"))).toBe("LIVE");
    expect(accessCodeState({ ...live, failedTries: 5 }, new Date("2026-12-03T08:05:00Z"))).toBe("LOCKED");
    expect(accessCodeState({ ...live, usedAt: new Date("2026-12-03T08:01:00Z") }, new Date("2026-12-03T08:05:00Z"))).toBe("USED");
  });

  it("compares phones by their digits, without the country code", () => {
    expect(normalizePhone("138 0013 8000")).toBe("13800138000");
    expect(normalizePhone("+86 138-0013-8000")).toBe("13800138000");
    expect(normalizePhone("8613800138000")).toBe("13800138000");
  });
});

describe("citizen access forms", () => {
  it("step 1 checks the ID check digit, the name and an 11-digit mobile", () => {
    expect(issuesAt(ZRequestAccessCode.safeParse({ idNumber: "320102198805120035", name: "", phone: "12345" }))).toEqual({
      idNumber: "身份证号校验位不正确，请核对后重新输入",
      name: "请填写姓名",
      phone: "请填写11位手机号",
    });
    expect(ZRequestAccessCode.parse({ idNumber: "320102198805120034", name: " 张伟 ", phone: "+86 138-0013-8000" })).toEqual({
      idNumber: "320102198805120034",
      name: "张伟",
      phone: "+8613800138000",
    });
  });

  it("step 2 takes a 6-digit code and the /staff/password rules for the new password", () => {
    const base = { idNumber: "320102198805120034", code: "12345", newPassword: "short1", confirmPassword: "other" };
    expect(issuesAt(ZRedeemAccessCode.safeParse(base))).toEqual({
      code: "请填写短信中的6位验证码",
      newPassword: "密码至少10位",
      confirmPassword: "两次输入的新密码不一致",
    });
    expect(
      issuesAt(ZRedeemAccessCode.safeParse({ ...base, code: "012345", newPassword: "onlyletters", confirmPassword: "onlyletters" })),
    ).toEqual({
      newPassword: "密码须同时包含字母和数字",
    });
    expect(
      issuesAt(ZRedeemAccessCode.safeParse({ ...base, code: "012345", newPassword: "Mine2026abcd", confirmPassword: "Mine2026abcX" })),
    ).toEqual({
      confirmPassword: "两次输入的新密码不一致",
    });
  });

  it("says the same whatever was found, and the SMS names the purpose and the code", () => {
    expect(CODE_SENT_ANSWER).toContain("如信息无误，验证码已发送至预留手机号");
    expect(ACCESS_CODE_SMS.ACTIVATE).toContain("开通住房公积金网上服务，验证码{code}，10分钟内有效");
    expect(ACCESS_CODE_SMS.RESET).toContain("重置住房公积金网上服务密码，验证码{code}，10分钟内有效");
  });
});
