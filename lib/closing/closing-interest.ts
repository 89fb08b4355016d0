import { addDays } from "@/lib/dates/calendar";
import { settlementInterest, type InterestMovement } from "@/lib/interest/accumulation";
import type { MoneyInput } from "@/lib/money";

/**
 * 销户结息: the interest an account has earned since its last annual settlement, paid when it is
 * closed (a closing withdrawal, a transfer out of the city). One rule with the 30 June settlement
 * (lib/interest/accumulation.ts): 积数 of end-of-day balances × 年利率 ÷ 360, half-up to the fen
 * once. The period runs from the day after the last settlement (1 July) to the day before the
 * closing day: the closing day's end-of-day balance is zero, so it adds nothing to the 积数.
 */
export type ClosingInterestInput = {
  /** Balance at the end of the day before periodStart. */
  openingBalance: MoneyInput;
  movements: InterestMovement[];
  periodStart: string;
  /** The business date the account is closed on. */
  closingDate: string;
  ratePercent: MoneyInput;
};

export function closingInterest(input: ClosingInterestInput): { periodEnd: string; accumulation: string; interest: string } {
  const periodEnd = addDays(input.closingDate, -1);
  if (periodEnd < input.periodStart) return { periodEnd, accumulation: "0.00", interest: "0.00" };
  const { accumulation, interest } = settlementInterest({
    openingBalance: input.openingBalance,
    movements: input.movements,
    periodStart: input.periodStart,
    periodEnd,
    ratePercent: input.ratePercent,
  });
  return { periodEnd, accumulation, interest };
}

/**
 * Where the closing interest starts: 1 July after the last annual settlement posted, or the day the
 * account was opened when later. With no settlement ever posted, the current settlement year's
 * 1 July (an account is never paid interest for a year it was not settled in twice: the annual
 * settlement skips CLOSED accounts).
 */
export function closingPeriodStart(opts: { lastSettledYearEnd: number | null; openedOn: string; closingDate: string }): string {
  const year = Number(opts.closingDate.slice(0, 4));
  const currentYearStart = opts.closingDate >= `${year}-07-01` ? `${year}-07-01` : `${year - 1}-07-01`;
  const start = opts.lastSettledYearEnd === null ? currentYearStart : `${opts.lastSettledYearEnd}-07-01`;
  return opts.openedOn > start ? opts.openedOn : start;
}
