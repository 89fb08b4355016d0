import Decimal from "decimal.js";

/**
 * Exact money arithmetic. Amounts travel as yuan strings with two decimals ("4003.40") between
 * lib/, the database (Decimal(18,2)) and the UI; arithmetic happens on Decimal, never on JS numbers.
 * Rounding is half-up to the fen, and happens only where a rule says so (toFen).
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = Decimal;

export type MoneyInput = string | number | Decimal | { toString(): string };

/** Parses an amount. Numbers are accepted only when they are integers (counts, not yuan). */
export function money(value: MoneyInput): Decimal {
  if (typeof value === "number" && !Number.isInteger(value)) {
    throw new Error(`money() refuses a fractional JS number (${value}); pass a string`);
  }
  return new Money(value.toString());
}

/** Rounds half-up to the fen (0.01 yuan). */
export function toFen(value: MoneyInput): Decimal {
  return money(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** "1234.5" → "1234.50": the canonical string for storage and contracts. Rounds half-up. */
export function formatYuan(value: MoneyInput): string {
  return toFen(value).toFixed(2);
}

/** "1234567.8" → "¥1,234,567.80" for screens. */
export function displayYuan(value: MoneyInput): string {
  const [int, frac] = formatYuan(value).split(".") as [string, string];
  const negative = int.startsWith("-");
  const digits = negative ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}¥${grouped}.${frac}`;
}

/** Sum of amounts, exact. */
export function sumMoney(values: readonly MoneyInput[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(money(v)), new Money(0));
}

/** True for a string that is a valid non-negative yuan amount with at most two decimals. */
export function isYuanString(value: string): boolean {
  return /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/.test(value);
}

/** amount × percent / 100, rounded to the fen (contribution parts, interest postings). */
export function percentOf(amount: MoneyInput, percent: MoneyInput): Decimal {
  return toFen(money(amount).times(money(percent)).dividedBy(100));
}
