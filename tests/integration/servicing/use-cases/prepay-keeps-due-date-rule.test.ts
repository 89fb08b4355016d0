import { beforeAll, describe, expect, it } from "vitest";
import { dateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { DEFAULT_LOAN_POLICY, type LoanPolicyRules } from "@/lib/loans/policy";
import { loanDueDateRule } from "@/lib/loans/due-date-rule";
import { repriceLoans } from "@/lib/loans/reprice-loans";
import { sumMoney } from "@/lib/money";
import { prepayLoan } from "@/lib/servicing/use-cases/prepay-loan";
import { quotePrepayment } from "@/lib/servicing/use-cases/quote-prepayment";
import { at, createCitizen, createEmployer, createLoan, installmentsOf } from "./fixtures";

// ¥120,000 at 3.1 % over 12 months, due on the 5th from 2026-01-05, seqs 1–4 paid, prepaid on
// Sunday 2026-05-03. The National Day holiday (1, 2, 5, 6, 7 October; 3–4 October a weekend) is
// calendar data. Under policy v2 (dueDateOnHoliday NEXT_WORKING_DAY) the 5th of July (Sunday)
// falls due on Monday 6 July, 5 September (Saturday) on Monday 7 September, Monday 5 October (a
// holiday) on Thursday 8 October, Saturday 5 December on Monday 7 December. Under v1 (KEEP) every
// installment stays on the 5th.
const D = "2026-05-03";
const MOVED = ["2026-05-05", "2026-06-05", "2026-07-06", "2026-08-05", "2026-09-07", "2026-10-08", "2026-11-05", "2026-12-07"];
const NOMINAL = ["2026-05-05", "2026-06-05", "2026-07-05", "2026-08-05", "2026-09-05", "2026-10-05", "2026-11-05", "2026-12-05"];
const spec = { principal: "120000.00", annualRatePercent: "3.1", months: 12, firstDueDate: "2026-01-05", disbursedOn: "2025-12-05" };
const NEXT: LoanPolicyRules = { ...DEFAULT_LOAN_POLICY, dueDateOnHoliday: "NEXT_WORKING_DAY" };

let borrower: Awaited<ReturnType<typeof createCitizen>>;

beforeAll(async () => {
  await db.loanPolicy.createMany({
    data: [
      { version: 1, rules: DEFAULT_LOAN_POLICY },
      { version: 2, rules: NEXT },
    ],
  });
  await db.calendarDay.createMany({
    data: ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"].map((d) => ({
      date: dateColumn(d),
      kind: "HOLIDAY" as const,
      name: "国庆节",
    })),
  });
  borrower = await createCitizen((await createEmployer()).id, { name: "郑顺延" });
});

const dueDates = async (loanId: string, fromSeq: number) =>
  (await installmentsOf(loanId)).filter((i) => i.seq >= fromSeq).map((i) => i.dueDate);

describe("a partial prepayment rebuilds the remaining schedule through the loan's own due-date rule", () => {
  it.each([
    ["H001", "LOWER_PAYMENT"],
    ["H002", "SHORTEN_TERM"],
  ] as const)("%s %s under NEXT_WORKING_DAY: the remaining due dates still skip weekends and the holiday", async (loanNo, mode) => {
    const dueDateOf = await loanDueDateRule(db, 2);
    const { loan } = await createLoan(borrower.depositor.id, { ...spec, loanNo, paidSeqs: [1, 2, 3, 4], policyVersion: 2, dueDateOf });
    // The disbursed schedule already moved them (and the paid 5 April, a Sunday, to 6 April).
    expect(await dueDates(loan.id, 1)).toEqual(["2026-01-05", "2026-02-05", "2026-03-05", "2026-04-06", ...MOVED]);

    const quote = await quotePrepayment({ actor: borrower.actor, loanId: loan.id, amount: "20000", mode, now: at(D) });
    const result = await prepayLoan({
      actor: borrower.actor,
      loanId: loan.id,
      amount: "20000",
      mode,
      expectedTotal: quote.total,
      idempotencyKey: `key-${loanNo}`,
      now: at(D),
    });
    expect(result.summary).toEqual(quote.summary);
    const months = quote.summary.newMonths;
    // The quote showed the borrower the same dates the schedule now holds.
    expect(quote.installments.map((i) => i.dueDate)).toEqual(MOVED.slice(0, months));
    expect(await dueDates(loan.id, 5)).toEqual(MOVED.slice(0, months));
    // Money stays exact: the rebuilt tail carries exactly the principal left.
    const tail = (await installmentsOf(loan.id)).filter((i) => i.seq >= 5);
    expect(sumMoney(tail.map((i) => i.principal)).toFixed(2)).toBe(quote.summary.newPrincipal);
    expect(tail.at(-1)!.balanceAfter).toBe("0.00");
  });

  it("under the default KEEP (policy v1) the rebuilt schedule keeps every nominal date", async () => {
    const dueDateOf = await loanDueDateRule(db, 1);
    const { loan } = await createLoan(borrower.depositor.id, {
      ...spec,
      loanNo: "H003",
      paidSeqs: [1, 2, 3, 4],
      policyVersion: 1,
      dueDateOf,
    });
    await prepayLoan({
      actor: borrower.actor,
      loanId: loan.id,
      amount: "20000",
      mode: "LOWER_PAYMENT",
      idempotencyKey: "key-H003",
      now: at(D),
    });
    expect(await dueDates(loan.id, 1)).toEqual(["2026-01-05", "2026-02-05", "2026-03-05", "2026-04-05", ...NOMINAL]);
  });

  it("a repricing after the prepayment rebuilds the tail through the same rule (the holiday shift stays)", async () => {
    const { loan } = await createLoan(borrower.depositor.id, {
      ...spec,
      loanNo: "H004",
      paidSeqs: [1, 2, 3, 4],
      policyVersion: 2,
      dueDateOf: await loanDueDateRule(db, 2),
    });
    await prepayLoan({
      actor: borrower.actor,
      loanId: loan.id,
      amount: "20000",
      mode: "LOWER_PAYMENT",
      idempotencyKey: "key-H004",
      now: at(D),
    });
    // A new current policy (v3) with other rates: the loan is repriced but keeps its own v2 due-date rule.
    await db.loanPolicy.create({
      data: {
        version: 3,
        rules: { ...DEFAULT_LOAN_POLICY, rates: { ...DEFAULT_LOAN_POLICY.rates, firstHome: { upTo5Years: "2.35", over5Years: "2.85" } } },
      },
    });
    const before = sumMoney((await installmentsOf(loan.id)).filter((i) => i.seq >= 5).map((i) => i.principal)).toFixed(2);
    await repriceLoans({ effectiveDate: "2026-01-01" });
    const after = await db.loan.findUniqueOrThrow({ where: { id: loan.id }, select: { annualRatePercent: true } });
    expect(after.annualRatePercent.toFixed(3)).toBe("2.350");
    expect(await dueDates(loan.id, 5)).toEqual(MOVED);
    const tail = (await installmentsOf(loan.id)).filter((i) => i.seq >= 5);
    expect(sumMoney(tail.map((i) => i.principal)).toFixed(2)).toBe(before);
  });
});
