import { describe, expect, it } from "vitest";
import { maskIdNumber, maskName, newVerificationCode, normalizeVerificationCode } from "@/lib/accounts/certificate-code";

describe("verification codes", () => {
  it("are XXXX-XXXX-XXXX without look-alike characters, and round-trip through normalize", () => {
    for (let i = 0; i < 50; i++) {
      const code = newVerificationCode();
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(normalizeVerificationCode(code.toLowerCase().replaceAll("-", " "))).toBe(code);
    }
  });
  it("refuses the wrong length or characters", () => {
    expect(normalizeVerificationCode("ABCD-EFGH-JKM")).toBeNull();
    expect(normalizeVerificationCode("ABCD-EFGH-JKM0")).toBeNull();
    expect(normalizeVerificationCode("abcd efgh jkmn")).toBe("ABCD-EFGH-JKMN");
  });
  it("masks the name and the ID number for the public page", () => {
    expect(maskName("张伟")).toBe("张*");
    expect(maskName("欧阳娜娜")).toBe("欧***");
    expect(maskIdNumber("320102198805120034")).toBe("3201**********0034");
  });
});
