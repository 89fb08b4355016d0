import type Decimal from "decimal.js";
import { Money, percentOf, toFen } from "../../lib/money";
import { contributionYearOf, dateValue, dayOfMonth, monthStart, stamp } from "./clock";
import type { SeedContext } from "./context";
import type { IdSequence } from "./ids";
import type { EmployerInfo, RatePair } from "./org";

/** HPF deposits earn one rate since 2016: 1.5 % a year, posted every 30 June. */
const DEPOSIT_RATE_PERCENT = "1.5";
/** The lowest contribution base: Nanjing's minimum wage. */
export const MIN_BASE = 2490;

type YearTerms = { base: string; employerAmount: string; personalAmount: string; amount: Decimal; rates: RatePair };

export type History = { balance: Decimal; base: string; rates: RatePair; entries: number; lastPosted: Date };

/**
 * One account's monthly contributions from firstMonth to stopMonth (month indexes) and its ledger:
 * a CONTRIBUTION entry per month and an INTEREST entry every 30 June up to lastMonth, each with
 * the running balance, so the balance is exactly the sum of the entries.
 */
export function postHistory(
  ctx: SeedContext,
  a: {
    accountId: string;
    employer: EmployerInfo;
    baseYuan: number;
    firstMonth: number;
    stopMonth: number;
    lastMonth: number;
    contributionIds: IdSequence;
  },
): History {
  const currentYear = contributionYearOf(a.stopMonth);
  const terms = new Map<number, YearTerms>();
  // Bases are reset every July; earlier years' bases were a little lower. Amounts are the same
  // every month of a year, so they are worked out once per year.
  const termsFor = (year: number): YearTerms => {
    let t = terms.get(year);
    if (!t) {
      const factor = new Money(100 - 3 * (currentYear - year)).dividedBy(100);
      const base = Money.max(MIN_BASE, new Money(a.baseYuan).times(factor).toDecimalPlaces(0));
      const rates = a.employer.ratesByYear.get(year)!;
      const employerAmount = percentOf(base, rates.employer);
      const personalAmount = percentOf(base, rates.personal);
      t = {
        base: base.toFixed(2),
        employerAmount: employerAmount.toFixed(2),
        personalAmount: personalAmount.toFixed(2),
        amount: employerAmount.plus(personalAmount),
        rates,
      };
      terms.set(year, t);
    }
    return t;
  };

  const remitDay = 5 + (a.employer.index % 16);
  let balance: Decimal = new Money(0);
  let accrual: Decimal = new Money(0);
  let entries = 0;
  let lastPosted = stamp(monthStart(a.firstMonth), 9);
  let current = termsFor(currentYear);
  for (let m = a.firstMonth; m <= a.lastMonth; m++) {
    if (m <= a.stopMonth) {
      current = termsFor(contributionYearOf(m));
      balance = balance.plus(current.amount);
      const valueDate = dayOfMonth(m, remitDay);
      const contributionId = a.contributionIds.take();
      lastPosted = stamp(valueDate, 10, a.employer.index % 60);
      const month = monthStart(m);
      ctx.rows.contributions.push({
        id: contributionId,
        accountId: a.accountId,
        employerId: a.employer.id,
        month: dateValue(month),
        base: current.base,
        employerAmount: current.employerAmount,
        personalAmount: current.personalAmount,
        postedAt: lastPosted,
      });
      ctx.rows.ledgerEntries.push({
        accountId: a.accountId,
        kind: "CONTRIBUTION",
        amount: current.amount.toFixed(2),
        balanceAfter: balance.toFixed(2),
        valueDate: dateValue(valueDate),
        postedAt: lastPosted,
        reference: contributionId,
        note: `${month.slice(0, 4)}年${month.slice(5, 7)}月汇缴`,
      });
      entries++;
    }
    // Interest: month-end balances × annual rate ÷ 12, summed over the contribution year.
    accrual = accrual.plus(balance);
    if (m % 12 === 5) {
      const interest = toFen(accrual.times(DEPOSIT_RATE_PERCENT).dividedBy(1200));
      accrual = new Money(0);
      if (interest.gt(0)) {
        balance = balance.plus(interest);
        const june30 = dayOfMonth(m, 30);
        lastPosted = stamp(june30, 22);
        ctx.rows.ledgerEntries.push({
          accountId: a.accountId,
          kind: "INTEREST",
          amount: interest.toFixed(2),
          balanceAfter: balance.toFixed(2),
          valueDate: dateValue(june30),
          postedAt: lastPosted,
          reference: null,
          note: `${Math.floor(m / 12)}年度结息`,
        });
        entries++;
      }
    }
  }
  return { balance, base: current.base, rates: current.rates, entries, lastPosted };
}
