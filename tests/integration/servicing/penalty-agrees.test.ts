import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { money } from "@/lib/money";
import { DEFAULT_PENALTY_RULE, dailyPenalty, penaltyAnnualRatePercent, type PenaltyRule } from "@/lib/servicing/penalty-interest";
import { runDailyBatch } from "@/lib/servicing/run-daily-batch";
import { createBorrowers, createLoan } from "./fixtures";

/** The batch's SQL penalty (batch/post-penalties.ts) must equal the pure rule `dailyPenalty`. */
async function expectPostingsMatch(businessDate: string, rule: PenaltyRule) {
  const postings = await db.penaltyPosting.findMany({
    where: { businessDate: new Date(`${businessDate}T00:00:00Z`) },
    include: { loan: { include: { installments: true } } },
  });
  expect(postings.length).toBeGreaterThan(0);
  for (const p of postings) {
    const open = p.loan.installments.filter(
      (i) => i.dueDate < p.businessDate && i.paidPrincipal.plus(i.paidInterest).lt(i.principal.plus(i.interest)),
    );
    const overduePrincipal = open.reduce((s, i) => s.plus(i.principal.minus(i.paidPrincipal).toFixed(2)), money(0));
    const overdueInterest = open.reduce((s, i) => s.plus(i.interest.minus(i.paidInterest).toFixed(2)), money(0));
    const input = {
      overduePrincipal: overduePrincipal.toFixed(2),
      overdueInterest: overdueInterest.toFixed(2),
      contractAnnualRatePercent: p.loan.annualRatePercent.toFixed(3),
    };
    expect([p.loan.loanNo, p.amount.toFixed(2), money(p.ratePercent.toString()).toString()]).toEqual([
      p.loan.loanNo,
      dailyPenalty(input, rule),
      penaltyAnnualRatePercent(input.contractAnnualRatePercent, rule),
    ]);
  }
}

describe("penalty interest in SQL agrees with dailyPenalty", () => {
  it("for the default rule (contract rate + 50 %, principal only) and for other rules", async () => {
    const borrowers = await createBorrowers(1);
    const id = borrowers[0]!.id;
    const cases = [
      { principal: "123457.89", annualRatePercent: "3.100", months: 37 },
      { principal: "1000000.00", annualRatePercent: "2.850", months: 360 },
      { principal: "9999.99", annualRatePercent: "3.325", months: 7 },
      { principal: "560000.00", annualRatePercent: "2.600", months: 240 },
      { principal: "333.33", annualRatePercent: "4.900", months: 3 },
    ];
    for (const [n, c] of cases.entries()) {
      await createLoan(id, {
        ...c,
        loanNo: `P00${n}`,
        firstDueDate: "2026-01-28",
        paid: n % 2 ? { 1: "FULL", 2: "17.35" } : { 2: "FULL" },
      });
    }
    // 40.00 overdue at 3 % → 4.5 %: 40 × 4.5 ÷ 36000 = 0.005 exactly, half-up to 0.01 (not banker's 0.00).
    await createLoan(id, {
      loanNo: "P_HALF",
      principal: "12000.00",
      annualRatePercent: "3.000",
      months: 12,
      firstDueDate: "2026-01-28",
      paid: { 1: "FULL", 2: "FULL", 3: "40.00" },
    });
    await runDailyBatch({ businessDate: "2026-04-01" });
    await expectPostingsMatch("2026-04-01", DEFAULT_PENALTY_RULE);
    const half = await db.penaltyPosting.findFirstOrThrow({ where: { loan: { loanNo: "P_HALF" } } });
    expect([half.base.toFixed(2), half.amount.toFixed(2)]).toEqual(["40.00", "0.01"]);

    const compound: PenaltyRule = { rate: { kind: "MARKUP", markupPercent: "30" }, includeOverdueInterest: true };
    await runDailyBatch({ businessDate: "2026-04-02", penaltyRule: compound });
    await expectPostingsMatch("2026-04-02", compound);

    const fixed: PenaltyRule = { rate: { kind: "FIXED", annualRatePercent: "5.475" }, includeOverdueInterest: false };
    await runDailyBatch({ businessDate: "2026-04-03", penaltyRule: fixed });
    await expectPostingsMatch("2026-04-03", fixed);
  });
});
