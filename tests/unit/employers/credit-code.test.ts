import { describe, expect, it } from "vitest";
import {
  buildCreditCode,
  creditCodeCheckChar,
  creditCodeProblem,
  isValidCreditCode,
  normalizeCreditCode,
  orgCodeCheckChar,
} from "@/lib/identity/credit-code";

describe("统一社会信用代码 (GB 32100)", () => {
  it("computes the MOD 31 check character", () => {
    expect(creditCodeCheckChar("91320100MA1P3K8Q6")).toBe("3");
    expect(isValidCreditCode("91320100MA1P3K8Q63")).toBe(true);
  });

  it("computes the GB 11714 organization code check character, X and 0 included", () => {
    // 3·1+7·2+9·3+10·4+5·5+8·6+4·7+2·8 = 201, 201 mod 11 = 3, 11 − 3 = 8
    expect(orgCodeCheckChar("12345678")).toBe("8");
    // sum 0 → 11 → "0"
    expect(orgCodeCheckChar("00000000")).toBe("0");
    // 10·1 = 10 → 11 − 10 = 1
    expect(orgCodeCheckChar("00010000")).toBe("1");
    expect(orgCodeCheckChar("10000000")).toBe("8");
    expect(orgCodeCheckChar("00000010")).toBe("7");
    expect(orgCodeCheckChar("01000000")).toBe("4");
    expect(orgCodeCheckChar("00000001")).toBe("9");
    // 3·4 = 12, 12 mod 11 = 1 → 10 → "X"
    expect(orgCodeCheckChar("40000000")).toBe("X");
  });

  it("builds valid enterprise codes", () => {
    const code = buildCreditCode("320102", "12345678");
    expect(code).toMatch(/^91320102123456788.$/);
    // The MOD 31 check character worked out by hand: weighted sum 1076, 1076 mod 31 = 22, 31 − 22 = 9 → "9".
    expect(code).toBe("913201021234567889");
    expect(isValidCreditCode(code)).toBe(true);
  });

  it("names the problem: a wrong check character, a bad format (I, O, Z, S, V are not used), a short code", () => {
    expect(creditCodeProblem("91320100MA1P3K8Q63")).toBeNull();
    expect(creditCodeProblem("91320100MA1P3K8Q64")).toBe("CHECK_DIGIT");
    expect(creditCodeProblem("91320100MA1P3K8Q6")).toBe("FORMAT");
    expect(creditCodeProblem("91320100MA1P3K8O63")).toBe("FORMAT");
    expect(creditCodeProblem("91320100ma1p3k8q63")).toBe("FORMAT");
    expect(normalizeCreditCode(" 91320100ma1p3k8q63 ")).toBe("91320100MA1P3K8Q63");
  });
});
