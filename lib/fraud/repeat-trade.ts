import { addMonthsClamped } from "@/lib/dates/calendar";

/**
 * Repeat trades (pure): a unit whose certificates were issued REPEAT_TRADE_MIN times or more within
 * the REPEAT_TRADE_MONTHS months before the application (each issue is one transfer: the first sale
 * and every resale) is flagged — quick flips are how an insider ring launders forged papers.
 * The window is inclusive: from the same calendar day 12 months earlier up to the application day.
 */
export const REPEAT_TRADE_MONTHS = 12;
export const REPEAT_TRADE_MIN = 2;

export function transfersWithin(issuedOn: readonly string[], asOf: string, months = REPEAT_TRADE_MONTHS): string[] {
  const from = addMonthsClamped(asOf, -months);
  return issuedOn.filter((d) => d >= from && d <= asOf).sort();
}

export function isRepeatTrade(issuedOn: readonly string[], asOf: string): { repeat: boolean; transfers: string[]; since: string } {
  const transfers = transfersWithin(issuedOn, asOf);
  return { repeat: transfers.length >= REPEAT_TRADE_MIN, transfers, since: addMonthsClamped(asOf, -REPEAT_TRADE_MONTHS) };
}
