import { describe, expect, it } from "vitest";
import { dateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { sumMoney } from "@/lib/money";
import { overdueRate } from "@/lib/servicing/overdue-rate";
import { agingBucket } from "@/lib/servicing/overdue-status";
import { runDailyBatch } from "@/lib/servicing/run-daily-batch";
import { BUSINESS_DATE, createHolders, createLoan, createOfficers, seedDeductionPortfolio, seedPortfolio } from "./fixtures";

describe("the day's overdue statistics (OverdueDailyStat)", () => {
  it("agree with overdueRate and agingBucket over the loans as the batch left them", async () => {
    await createOfficers(["risk01"]);
    const holders = await createHolders(3);
    await seedPortfolio(holders.map((h) => h.depositor.id));
    await seedDeductionPortfolio(holders);
    // Seven unpaid periods (6+), on a borrower who is overdue on L001 too (borrowers count once); S003 is paid off and does not count.
    await createLoan(holders[0]!.depositor.id, {
      loanNo: "X001",
      principal: "70000.00",
      annualRatePercent: "3.250",
      months: 60,
      firstDueDate: "2025-10-15",
    });
    await runDailyBatch({ businessDate: BUSINESS_DATE });

    const loans = await db.loan.findMany({ select: { borrowerId: true, status: true, outstandingPrincipal: true, overduePeriods: true } });
    const rule = overdueRate(loans.map((l) => ({ ...l, outstandingPrincipal: l.outstandingPrincipal.toFixed(2) })));
    const stat = await db.overdueDailyStat.findUniqueOrThrow({ where: { businessDate: dateColumn(BUSINESS_DATE) } });
    expect({
      totalPrincipal: stat.totalPrincipal.toFixed(2),
      overduePrincipal: stat.overduePrincipal.toFixed(2),
      loanCount: stat.loanCount,
      overdueLoanCount: stat.overdueLoanCount,
      overdueBorrowerCount: stat.overdueBorrowerCount,
    }).toEqual({
      totalPrincipal: rule.totalPrincipal,
      overduePrincipal: rule.overduePrincipal,
      loanCount: rule.loanCount,
      overdueLoanCount: rule.overdueLoanCount,
      overdueBorrowerCount: rule.overdueBorrowerCount,
    });
    expect([rule.loanCount, rule.overdueLoanCount, rule.overdueBorrowerCount]).toEqual([10, 5, 2]);

    const overdue = loans.filter((l) => l.status === "OVERDUE");
    const bucket = (b: string) => overdue.filter((l) => agingBucket(l.overduePeriods) === b);
    const principal = (ls: typeof loans) => sumMoney(ls.map((l) => l.outstandingPrincipal.toFixed(2))).toFixed(2);
    expect([stat.bucket1Loans, stat.bucket2to5Loans, stat.bucket6PlusLoans]).toEqual([
      bucket("1").length,
      bucket("2-5").length,
      bucket("6+").length,
    ]);
    expect([stat.bucket1Principal, stat.bucket2to5Principal, stat.bucket6PlusPrincipal].map((d) => d.toFixed(2))).toEqual([
      principal(bucket("1")),
      principal(bucket("2-5")),
      principal(bucket("6+")),
    ]);
    expect([stat.bucket1Loans, stat.bucket2to5Loans, stat.bucket6PlusLoans]).toEqual([2, 2, 1]);
  });
});
