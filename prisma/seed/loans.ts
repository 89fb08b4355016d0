import type Decimal from "decimal.js";
import type { LoanStage } from "../../lib/cases/loan-stages";
import { addMonthsClamped } from "../../lib/dates/calendar";
import { DEFAULT_LOAN_POLICY, assessLoanApplication, type LoanApplicationFacts } from "../../lib/loans/policy";
import { money } from "../../lib/money";
import {
  addDays,
  ageOn,
  dateValue,
  dayNumber,
  dayOfMonth,
  isoFromDay,
  monthIndex,
  nextWorkday,
  stamp,
  workdayOnOrBefore,
  yearOf,
} from "./clock";
import type { SeedContext } from "./context";
import type { DepositorInfo, Fund } from "./fund";
import { addBankMortgage, householdOwners } from "./homes";
import { Counter, IdSequence, pad } from "./ids";
import { postInstallments } from "./installments";
import { historicMaxPrincipal, historicRate, householdIncome, maxTermByAge, shareFloored } from "./loan-terms";
import { CENTER_NAME } from "./org";
import type { Registry } from "./registry";
import { FULL_PATH, pathTo, stageDates } from "./timeline";

/** Every seeded loan was assessed under policy version 1 (DEFAULT_LOAN_POLICY, written by build.ts). */
export const SEED_POLICY_VERSION = 1;

/** Sellers' accounts the loans were paid to (developers of new homes). */
const DEVELOPERS = [
  "南京安居置业有限公司",
  "南京金陵房地产开发有限公司",
  "南京秦淮河畔置业有限公司",
  "南京紫金山房地产开发有限公司",
  "南京江北新城置业有限公司",
  "南京鼓楼城建开发有限公司",
  "南京雨花台置地有限公司",
  "南京仙林房地产开发有限公司",
] as const;

export type LoanStatus = "APPLYING" | "REJECTED" | "CANCELLED" | "ACTIVE" | "OVERDUE" | "PAID_OFF";
type Outcome = { status: LoanStatus; stage?: LoanStage };

/** What the case builder needs to know about a loan. */
export type LoanPlan = {
  loanId: string;
  borrower: DepositorInfo;
  principal: Decimal;
  status: LoanStatus;
  path: LoanStage[];
  dates: string[];
  cancelledOn: string | null;
  withCase: boolean;
};

type Forced = { borrower: DepositorInfo; coBorrower: DepositorInfo | null; monthsBack: number; termMonths: number; overdue?: number };

const repeat = (n: number, o: Outcome): Outcome[] => Array.from({ length: n }, () => o);
const APPLYING_STAGES: [LoanStage, number][] = [
  ["ACCEPTED", 6],
  ["RETURNED", 3],
  ["APPROVED", 4],
  ["CONTRACTS_SIGNED", 3],
  ["MORTGAGE_REGISTERED", 3],
  ["RECHECKED", 3],
];
const OUTCOMES: Outcome[] = [
  ...repeat(179, { status: "ACTIVE" }),
  ...repeat(30, { status: "OVERDUE" }),
  ...repeat(40, { status: "PAID_OFF" }),
  ...APPLYING_STAGES.flatMap(([stage, n]) => repeat(n, { status: "APPLYING", stage })),
  ...repeat(6, { status: "REJECTED" }),
  ...repeat(5, { status: "CANCELLED" }),
];
const DISBURSED: LoanStatus[] = ["ACTIVE", "OVERDUE", "PAID_OFF"];

/**
 * Loans in every status with their homes, certificates and mortgages: disbursed ones with an
 * equal-installment schedule (past installments paid, overdue tails unpaid), applications at every
 * stage sized within the loan policy so the app can take them further. 张伟 gets one OVERDUE loan.
 */
export function buildLoans(ctx: SeedContext, registry: Registry, fund: Fund): LoanPlan[] {
  const rng = ctx.rng("loans");
  const asOf = ctx.asOf;
  const asOfMonth = monthIndex(asOf);
  const loanIds = new IdSequence("loan");
  const installmentIds = new IdSequence("inst");
  const loanNumbers = new Counter<number>(() => 1);
  // A stream of its own, so adding payees left every other seeded value as it was.
  const payees = ctx.rng("payees");
  const pool = rng.shuffle(
    fund.depositors.filter(
      (d) => d.demo === null && d.account.status === "NORMAL" && ageOn(d.birthDate, asOf) >= 24 && ageOn(d.birthDate, asOf) <= 54,
    ),
  );
  const plans: LoanPlan[] = [];

  const planLoan = (outcome: Outcome, forced?: Forced): void => {
    const disbursed = DISBURSED.includes(outcome.status);
    const paidOffTerm = outcome.status === "PAID_OFF" ? rng.pick([120, 132, 144]) : 0;
    let disbDate: string | null = null;
    let path: LoanStage[];
    let dates: string[];
    let monthsBack = 0;
    if (disbursed) {
      monthsBack =
        forced?.monthsBack ??
        (outcome.status === "ACTIVE" ? rng.int(1, 84) : outcome.status === "OVERDUE" ? rng.int(10, 84) : paidOffTerm + rng.int(1, 30));
      disbDate = workdayOnOrBefore(dayOfMonth(asOfMonth - monthsBack, rng.int(2, 28)));
      path = FULL_PATH;
      dates = stageDates(rng, path.length, disbDate);
    } else {
      const cancelled = outcome.status === "CANCELLED";
      path = cancelled ? (rng.chance(0.5) ? ["ACCEPTED"] : ["ACCEPTED", "RETURNED"]) : pathTo(outcome.stage ?? "REJECTED", rng);
      dates = stageDates(rng, path.length, addDays(asOf, -rng.int(cancelled ? 5 : 1, cancelled ? 12 : 6)));
    }
    const openDate = dates[0]!;
    const factsDate = disbDate ?? asOf;
    const minTerm = Math.max(120, paidOffTerm);
    const borrower =
      forced?.borrower ?? pool.find((d) => !d.busy && ageOn(d.birthDate, openDate) >= 23 && maxTermByAge(d, factsDate) >= minTerm);
    if (!borrower) throw new Error(`No borrower left for a ${outcome.status} loan`);
    const spouse = borrower.spouse;
    const coBorrower = forced ? forced.coBorrower : spouse && !spouse.busy && rng.chance(0.75) ? spouse : null;
    borrower.busy = true;
    if (spouse) spouse.busy = true;

    // A second home means the household already owns one, bought at least a year earlier.
    const isFirstHome = outcome.status === "PAID_OFF" || forced !== undefined || openDate < "2017-03-01" || rng.chance(0.85);
    if (!isFirstHome) {
      const earlier = isoFromDay(rng.int(dayNumber("2016-01-04"), dayNumber(openDate) - 400));
      const home = registry.addUnit(householdOwners(borrower, fund.people, rng.chance(0.6)), earlier);
      if (rng.chance(0.4)) addBankMortgage(ctx, registry, home);
    }
    const owners = coBorrower ? [borrower, coBorrower] : householdOwners(borrower, fund.people, rng.chance(0.5));
    const unit = registry.addUnit(owners, addDays(openDate, -rng.int(5, 40)));
    const income = householdIncome(borrower, coBorrower);

    let principal: Decimal;
    let rate: string;
    let termMonths: number;
    if (disbDate) {
      rate = historicRate(disbDate, isFirstHome);
      const maxYears = Math.min(30, Math.floor(maxTermByAge(borrower, disbDate) / 12));
      termMonths = forced ? Math.min(forced.termMonths, maxYears * 12) : paidOffTerm || 12 * rng.int(10, maxYears);
      const max = historicMaxPrincipal(unit.purchasePrice, isFirstHome, income, rate, termMonths);
      principal = shareFloored(max, rng.int(55, 100), 10_000);
      if (principal.lt(50_000)) principal = shareFloored(max, 100, 1_000);
    } else {
      const facts: LoanApplicationFacts = {
        asOf,
        birthDate: borrower.birthDate,
        gender: borrower.gender,
        balance: (coBorrower ? borrower.account.balance.plus(coBorrower.account.balance) : borrower.account.balance).toFixed(2),
        monthlyIncome: income.toFixed(2),
        continuousContributionMonths: borrower.account.months,
        accountNormal: true,
        hasOutstandingFundLoan: false,
        blacklisted: false,
        purchasePrice: unit.purchasePrice.toFixed(2),
        isFirstHome,
        requestedAmount: "1.00",
        termMonths: DEFAULT_LOAN_POLICY.maxTermMonths,
        method: "EQUAL_INSTALLMENT",
      };
      const byAge = assessLoanApplication(facts, DEFAULT_LOAN_POLICY).maxTermMonthsByAge;
      termMonths = 12 * rng.int(10, Math.min(30, Math.floor(byAge / 12)));
      const assessed = assessLoanApplication({ ...facts, termMonths }, DEFAULT_LOAN_POLICY);
      const max = money(assessed.maxAmount);
      rate = assessed.annualRatePercent;
      // Rejected applications asked for more than the policy allows; the rest fit within it.
      principal = shareFloored(max, outcome.status === "REJECTED" ? rng.int(112, 130) : rng.int(60, 100), 1_000);
      const check = assessLoanApplication({ ...facts, termMonths, requestedAmount: principal.toFixed(2) }, DEFAULT_LOAN_POLICY);
      if (check.eligible === (outcome.status === "REJECTED")) throw new Error(`Seed loan sizing broke the policy for ${borrower.idNumber}`);
    }

    const loanId = loanIds.take();
    const firstDueDate = disbDate ? addMonthsClamped(disbDate, 1) : null;
    const overdue =
      outcome.status === "OVERDUE"
        ? (forced?.overdue ??
          rng.weighted([
            [1, 40],
            [2, 25],
            [3, 15],
            [4, 10],
            [5, 5],
            [6, 5],
          ] as const))
        : 0;
    // Overdue tails end before the last batch date (as-of − 1), so the loans are still overdue after it.
    const cutoff = outcome.status === "OVERDUE" ? addDays(asOf, -1) : asOf;
    const repayment =
      firstDueDate === null
        ? null
        : postInstallments(ctx, installmentIds, { loanId, principal, annualRatePercent: rate, termMonths, firstDueDate, overdue, cutoff });
    const lastDue = repayment?.lastDue ?? null;
    const status = outcome.status;
    ctx.rows.loans.push({
      id: loanId,
      loanNo: `GJJ${yearOf(openDate)}${pad(loanNumbers.take(yearOf(openDate)), 6)}`,
      borrowerId: borrower.id,
      coBorrowerId: coBorrower?.id ?? null,
      unitId: unit.unitId,
      purchasePrice: unit.purchasePrice.toFixed(2),
      isFirstHome,
      principal: principal.toFixed(2),
      annualRatePercent: rate,
      termMonths,
      method: "EQUAL_INSTALLMENT",
      status,
      outstandingPrincipal: repayment ? repayment.outstanding.toFixed(2) : "0.00",
      overduePeriods: repayment?.overduePeriods ?? 0,
      // The seeded arrears are always the most recent installments, so they run consecutively.
      consecutiveOverduePeriods: repayment?.overduePeriods ?? 0,
      policyVersion: SEED_POLICY_VERSION,
      disbursedAt: disbDate ? stamp(disbDate, 15) : null,
      firstDueDate: firstDueDate ? dateValue(firstDueDate) : null,
      paidOffAt: status === "PAID_OFF" && lastDue ? stamp(lastDue, 10) : null,
      createdAt: stamp(openDate, 9, rng.int(0, 59)),
      payeeName: payees.pick(DEVELOPERS),
      payeeAccount: `6222${payees.digits(15)}`,
      // Filled by servicing.ts for loans in repayment.
      repayBankName: null,
      repayBankAccount: null,
      version: 0,
    });

    const registeredAt = path.indexOf("MORTGAGE_REGISTERED");
    if (registeredAt >= 0) {
      const releasedOn =
        status === "PAID_OFF" && lastDue
          ? isoFromDay(Math.min(dayNumber(nextWorkday(addDays(lastDue, rng.int(5, 20)))), dayNumber(asOf) - 1))
          : undefined;
      registry.addMortgage(unit, {
        mortgagee: CENTER_NAME,
        securedAmount: principal,
        registeredOn: dates[registeredAt]!,
        loanId,
        releasedOn,
      });
    }
    const cancelledOn = status === "CANCELLED" ? nextWorkday(dates[dates.length - 1]!) : null;
    const withCase = !disbursed || forced !== undefined || monthsBack <= 24;
    plans.push({ loanId, borrower, principal, status, path, dates, cancelledOn, withCase });
  };

  // 张伟's loan is two periods overdue (servicing.ts leaves his card empty and unauthorized), so the
  // demo shows a collection case, a notice and an online repayment.
  const zhang = fund.demo.ZHANG_WEI;
  planLoan({ status: "OVERDUE" }, { borrower: zhang, coBorrower: zhang.spouse, monthsBack: 26, termMonths: 300, overdue: 2 });
  for (const outcome of OUTCOMES) planLoan(outcome);
  return plans;
}
