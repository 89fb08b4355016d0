/**
 * 统一社会信用代码 (GB 32100-2015): registering authority + entity type, 6-digit region code,
 * 9-character organization code (GB 11714, with its own MOD 11 check) and a MOD 31 check character.
 */
const USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The GB 11714 check character for an 8-digit organization code body. */
export function orgCodeCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_CHARS[(31 - (sum % 31)) % 31]!;
}

/** A valid code for an enterprise ("91") registered in `regionCode`, from an 8-digit body. */
export function buildCreditCode(regionCode: string, orgBody: string): string {
  const first17 = `91${regionCode}${orgBody}${orgCodeCheckChar(orgBody)}`;
  return first17 + creditCodeCheckChar(first17);
}

export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  return creditCodeCheckChar(code.slice(0, 17)) === code[17];
}
