import type Decimal from "decimal.js";
import { money, Money, toFen, type MoneyInput } from "@/lib/money";
import { daysBetween } from "@/lib/dates/calendar";

/**
 * Annual interest on daily balances (积数), settled every 30 June.
 *
 * 积数 = Σ end-of-day balance over every calendar day of the settlement year (1 July – 30 June);
 * interest = 积数 × 日利率, 日利率 = 年利率 ÷ 360. The ÷360 day count is the one Chinese banks and
 * provident-fund centers use for deposit interest (人民银行《人民币利率管理规定》: 日利率 = 年利率/360),
 * so a full year at a constant balance earns 365/360 of the nominal rate. Interest is rounded
 * half-up to the fen once per account per settlement, never per day.
 */
export type InterestMovement = { valueDate: string; amount: MoneyInput };

export type InterestInput = {
  /** Balance at the end of the day before periodStart. */
  openingBalance: MoneyInput;
  /** Ledger movements dated within [periodStart, periodEnd]; any order. */
  movements: InterestMovement[];
  periodStart: string;
  periodEnd: string;
  ratePercent: MoneyInput;
};

export function settlementPeriod(yearEnd: number): { periodStart: string; periodEnd: string } {
  return { periodStart: `${yearEnd - 1}-07-01`, periodEnd: `${yearEnd}-06-30` };
}

/** The latest contribution year whose 30 June settlement date has come (on 30 June, that year). */
export function latestDueYearEnd(today: string): number {
  const year = Number(today.slice(0, 4));
  return today >= settlementPeriod(year).periodEnd ? year : year - 1;
}

/** 积数: the sum of end-of-day balances over the period. */
export function dailyBalanceAccumulation(input: Omit<InterestInput, "ratePercent">): Decimal {
  const moves = input.movements
    .filter((m) => m.valueDate >= input.periodStart && m.valueDate <= input.periodEnd)
    .sort((a, b) => (a.valueDate < b.valueDate ? -1 : a.valueDate > b.valueDate ? 1 : 0));
  let balance = money(input.openingBalance);
  let day = input.periodStart;
  let total: Decimal = new Money(0);
  for (const move of moves) {
    // The balance held from `day` up to the day before the movement's value date.
    total = total.plus(balance.times(daysBetween(day, move.valueDate)));
    balance = balance.plus(money(move.amount));
    day = move.valueDate;
  }
  return total.plus(balance.times(daysBetween(day, input.periodEnd) + 1));
}

/** Interest for one account for one settlement, half-up to the fen. */
export function settlementInterest(input: InterestInput): { accumulation: string; interest: string } {
  const accumulation = dailyBalanceAccumulation(input);
  const interest = toFen(accumulation.times(money(input.ratePercent)).dividedBy(100).dividedBy(360));
  return { accumulation: accumulation.toFixed(2), interest: interest.toFixed(2) };
}
