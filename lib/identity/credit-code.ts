/**
 * 统一社会信用代码 (GB 32100-2015): registering authority + entity type (2), region code (6),
 * organization code (9: GB 11714, an 8-character body and its own MOD 11 check) and a MOD 31 check
 * character over the first 17. The one implementation: employer registration, developer
 * registration (lib/projects), the seed and the tests all use it.
 */
const CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const FORMAT = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** The MOD 31 check character for the first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARS.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARS[(31 - (sum % 31)) % 31]!;
}

/** The GB 11714 check character for an 8-digit organization code body. */
export function orgCodeCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/** A valid code for an enterprise ("91") registered in `regionCode`, from an 8-digit body. */
export function buildCreditCode(regionCode: string, orgBody: string): string {
  const first17 = `91${regionCode}${orgBody}${orgCodeCheckChar(orgBody)}`;
  return first17 + creditCodeCheckChar(first17);
}

/** Trims and upper-cases, the way people type a code. */
export function normalizeCreditCode(input: string): string {
  return input.trim().toUpperCase();
}

export type CreditCodeProblem = "FORMAT" | "CHECK_DIGIT";

/** What is wrong with a (normalized) code, or null when it is valid. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (!FORMAT.test(code)) return "FORMAT";
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : "CHECK_DIGIT";
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}
