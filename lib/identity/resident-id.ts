import { formatIsoDate, isRealDate } from "@/lib/dates/calendar";
/**
 * Resident identity card numbers (公民身份号码), GB 11643-1999: 6-digit region code, 8-digit birth
 * date, 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 * Pure functions, shared by sign-in, the window, the seed and the tests.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = "10X98765432";

/** The check character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error("residentIdCheckChar needs exactly 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export type ResidentIdProblem = "FORMAT" | "BIRTH_DATE" | "CHECK_DIGIT";

export type ParsedResidentId = {
  idNumber: string;
  regionCode: string;
  birthDate: string; // YYYY-MM-DD
  gender: "MALE" | "FEMALE";
};

/** Upper-cases a trailing x and trims spaces, the way people type their numbers. */
export function normalizeResidentId(input: string): string {
  return input.trim().toUpperCase();
}

/** Parses an 18-character ID number, or says what is wrong with it. */
export function parseResidentId(
  input: string,
  today: Date = new Date(),
): { ok: true; value: ParsedResidentId } | { ok: false; problem: ResidentIdProblem } {
  const idNumber = normalizeResidentId(input);
  if (!/^\d{17}[\dX]$/.test(idNumber)) return { ok: false, problem: "FORMAT" };
  const y = Number(idNumber.slice(6, 10));
  const m = Number(idNumber.slice(10, 12));
  const d = Number(idNumber.slice(12, 14));
  const birth = Date.UTC(y, m - 1, d);
  if (y < 1900 || !isRealDate(formatIsoDate(y, m, d)) || birth > today.getTime()) return { ok: false, problem: "BIRTH_DATE" };
  if (residentIdCheckChar(idNumber.slice(0, 17)) !== idNumber[17]) return { ok: false, problem: "CHECK_DIGIT" };
  return {
    ok: true,
    value: {
      idNumber,
      regionCode: idNumber.slice(0, 6),
      birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
      gender: Number(idNumber[16]) % 2 === 1 ? "MALE" : "FEMALE",
    },
  };
}

export const RESIDENT_ID_MESSAGES: Record<ResidentIdProblem, string> = {
  FORMAT: "身份证号应为18位，前17位为数字，最后一位为数字或X",
  BIRTH_DATE: "身份证号中的出生日期无效",
  CHECK_DIGIT: "身份证号校验位不正确，请核对后重新输入",
};

/** Builds a valid ID number from its parts (seed data and tests). */
export function buildResidentId(regionCode: string, birthDate: string, sequence: number): string {
  const first17 = `${regionCode}${birthDate.replaceAll("-", "")}${String(sequence).padStart(3, "0")}`;
  return first17 + residentIdCheckChar(first17);
}
