import { describe, expect, it } from "vitest";
import { buildResidentId, normalizeResidentId, parseResidentId, residentIdCheckChar } from "@/lib/identity/resident-id";

// Check character = "10X98765432"[Σ(digit_i × weight_i) mod 11],
// weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2.
//
// 11010519491231002 → 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 → "X"
// 32010219900307123 → 21+18+0+5+0+8+2+9+54+0+0+27+0+35+8+8+6 = 201; 201 mod 11 = 3 → "9"
// 44052418800101001 → 28+36+0+25+16+16+2+8+48+0+0+9+0+5+0+0+2 = 195; 195 mod 11 = 8 → "4"
const TODAY = new Date("2026-06-01T00:00:00Z");

describe("residentIdCheckChar", () => {
  it.each([
    ["11010519491231002", "X"],
    ["32010219900307123", "9"],
    ["44052418800101001", "4"],
    ["51010720000229301", "9"],
  ])("%s → %s", (first17, check) => {
    expect(residentIdCheckChar(first17)).toBe(check);
  });

  it("refuses anything but 17 digits", () => {
    expect(() => residentIdCheckChar("1101051949123100")).toThrow();
    expect(() => residentIdCheckChar("1101051949123100A")).toThrow();
  });
});

describe("parseResidentId", () => {
  it("accepts a valid number with an X check character", () => {
    expect(parseResidentId("11010519491231002X", TODAY)).toEqual({
      ok: true,
      value: { idNumber: "11010519491231002X", regionCode: "110105", birthDate: "1949-12-31", gender: "FEMALE" },
    });
  });

  it("accepts a valid number with a digit check character (odd sequence = male)", () => {
    expect(parseResidentId("320102199003071239", TODAY)).toEqual({
      ok: true,
      value: { idNumber: "320102199003071239", regionCode: "320102", birthDate: "1990-03-07", gender: "MALE" },
    });
  });

  it("normalises a lowercase x and surrounding spaces", () => {
    expect(normalizeResidentId(" 11010519491231002x ")).toBe("11010519491231002X");
    const parsed = parseResidentId("11010519491231002x", TODAY);
    expect(parsed.ok && parsed.value.idNumber).toBe("11010519491231002X");
  });

  it("reads gender from the parity of the 17th digit", () => {
    const gender = (seq: number) => {
      const parsed = parseResidentId(buildResidentId("320102", "1990-03-07", seq), TODAY);
      return parsed.ok ? parsed.value.gender : parsed.problem;
    };
    expect(gender(122)).toBe("FEMALE");
    expect(gender(123)).toBe("MALE");
    expect(gender(120)).toBe("FEMALE"); // 0 counts as even
    expect(gender(999)).toBe("MALE");
  });

  it("rejects a wrong check character", () => {
    expect(parseResidentId("320102199003071238", TODAY)).toEqual({ ok: false, problem: "CHECK_DIGIT" });
    expect(parseResidentId("110105194912310021", TODAY)).toEqual({ ok: false, problem: "CHECK_DIGIT" });
  });

  it("rejects an impossible or future birth date even with a correct check character", () => {
    const withCheck = (first17: string) => first17 + residentIdCheckChar(first17);
    expect(parseResidentId(withCheck("32010219900230123"), TODAY)).toEqual({ ok: false, problem: "BIRTH_DATE" }); // Feb 30
    expect(parseResidentId(withCheck("51010720010229301"), TODAY)).toEqual({ ok: false, problem: "BIRTH_DATE" }); // 2001 not leap
    expect(parseResidentId(withCheck("32010219901301123"), TODAY)).toEqual({ ok: false, problem: "BIRTH_DATE" }); // month 13
    expect(parseResidentId(withCheck("32010220260602123"), TODAY)).toEqual({ ok: false, problem: "BIRTH_DATE" }); // tomorrow
    // GB 11643's own example (born 1880) is well-formed, but the center accepts births from 1900 on.
    expect(parseResidentId("440524188001010014", TODAY)).toEqual({ ok: false, problem: "BIRTH_DATE" });
  });

  it("accepts 29 February in a leap year", () => {
    expect(parseResidentId("510107200002293019", TODAY).ok).toBe(true);
  });

  it.each([
    "",
    "11010519491231002",
    "11010519491231002XX",
    "1101051949123100XX",
    "11010519491231002Y",
    "１１０１０５１９４９１２３１００２Ｘ",
  ])("rejects the malformed %j as FORMAT", (input) => {
    expect(parseResidentId(input, TODAY)).toEqual({ ok: false, problem: "FORMAT" });
  });
});

describe("buildResidentId", () => {
  it("pads the sequence and appends the check character", () => {
    expect(buildResidentId("110105", "1949-12-31", 2)).toBe("11010519491231002X");
    expect(buildResidentId("320102", "1990-03-07", 123)).toBe("320102199003071239");
  });
});
