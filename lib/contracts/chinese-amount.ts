/**
 * Amounts in Chinese capital numerals (大写金额) as contracts and bank forms write them, e.g.
 * "1234567.89" → "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分". Pure; the input is a yuan string.
 *
 * Rules (common banking usage): one 零 stands for any run of zeros inside the integer part; a
 * 4-digit section below 1,000 that follows a non-zero higher section starts with 零; an amount
 * that ends at 元 or 角 ends with 整; 10–19 are written 壹拾….
 */
const DIGITS = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"] as const;
const IN_SECTION = ["仟", "佰", "拾", ""] as const;
const SECTIONS = ["", "万", "亿", "万亿"] as const;

/** One 4-digit section (0 < n ≤ 9999), without leading 零. */
function sectionWords(section: string): string {
  let out = "";
  let pendingZero = false;
  const digits = section.padStart(4, "0");
  for (let i = 0; i < 4; i++) {
    const d = Number(digits[i]);
    if (d === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (pendingZero) out += "零";
    pendingZero = false;
    out += DIGITS[d]! + IN_SECTION[i]!;
  }
  return out;
}

function integerWords(integer: string): string {
  const sections: string[] = [];
  for (let end = integer.length; end > 0; end -= 4) sections.unshift(integer.slice(Math.max(0, end - 4), end));
  if (sections.length > SECTIONS.length) throw new RangeError(`Amount too large for capital numerals: ${integer}`);
  let out = "";
  let pendingZero = false;
  sections.forEach((section, index) => {
    const value = Number(section);
    const unit = SECTIONS[sections.length - 1 - index]!;
    if (value === 0) {
      if (out) pendingZero = true;
      return;
    }
    if (out && (pendingZero || value < 1000)) out += "零";
    pendingZero = false;
    out += sectionWords(section) + unit;
  });
  return out;
}

/** "1000000.00" → "壹佰万元整"; "0.05" → "伍分"; "0" → "零元整". */
export function toChineseCapitalAmount(amount: string): string {
  const match = /^(\d{1,16})(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!match) throw new RangeError(`Not a non-negative yuan amount: ${amount}`);
  const integer = match[1]!.replace(/^0+(?=\d)/, "");
  const fraction = (match[2] ?? "").padEnd(2, "0");
  const jiao = Number(fraction[0]);
  const fen = Number(fraction[1]);
  const yuan = integer === "0" ? "" : `${integerWords(integer)}元`;

  if (jiao === 0 && fen === 0) return yuan ? `${yuan}整` : "零元整";
  let out = yuan;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuan) out += "零"; // 壹拾元零伍分
  if (fen > 0) out += `${DIGITS[fen]}分`;
  else out += "整";
  return out;
}
