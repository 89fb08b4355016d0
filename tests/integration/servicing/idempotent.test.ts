import { describe, expect, it } from "vitest";
import { fromDateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { overdueStatus } from "@/lib/servicing/overdue-status";
import { runDailyBatch } from "@/lib/servicing/run-daily-batch";
import { BUSINESS_DATE, createHolders, createOfficers, seedDeductionPortfolio, seedPortfolio } from "./fixtures";
import { databaseDigest } from "./snapshots";

const ZERO_COUNTS = {
  penaltyPostings: 0,
  penaltyAmount: "0.00",
  fundRepayments: 0,
  fundAmount: "0.00",
  bankInstructions: 0,
  bankSucceeded: 0,
  bankPartial: 0,
  bankFailed: 0,
  bankRepayments: 0,
  bankAmount: "0.00",
  installmentsMarkedOverdue: 0,
  installmentsMarkedPaid: 0,
  loansUpdated: 0,
  loansPaidOff: 0,
  mortgagesReleased: 0,
  casesOpened: 0,
  casesClosed: 0,
  overdueStatsWritten: 0,
};

describe("runDailyBatch is idempotent for a date", () => {
  it("posts, deducts, allocates, marks, pays off and opens once; a second run changes nothing in any table", async () => {
    await createOfficers(["risk01", "risk02"]);
    const holders = await createHolders(3);
    await seedPortfolio(holders.map((h) => h.depositor.id));
    await seedDeductionPortfolio(holders);

    const progress: number[] = [];
    const first = await runDailyBatch({ businessDate: BUSINESS_DATE, onProgress: (p) => progress.push(p.step) });
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(first).toMatchObject({ alreadyCompleted: false, stepsRun: [1, 2, 3, 4, 5, 6, 7, 8] });
    expect(first.counts).toMatchObject({
      penaltyPostings: 5,
      fundRepayments: 2,
      bankInstructions: 4,
      bankSucceeded: 2,
      bankPartial: 1,
      bankFailed: 1,
      bankRepayments: 3,
      installmentsMarkedOverdue: 7,
      loansPaidOff: 1,
      mortgagesReleased: 1,
      casesOpened: 4,
      casesClosed: 0,
      overdueStatsWritten: 1,
    });

    // Loan figures agree with the pure rule (lib/servicing/overdue-status.ts) for every loan.
    const loans = await db.loan.findMany({ include: { installments: true }, orderBy: { loanNo: "asc" } });
    for (const loan of loans) {
      const rule = overdueStatus(
        loan.installments.map((i) => ({
          seq: i.seq,
          dueDate: fromDateColumn(i.dueDate),
          principal: i.principal.toFixed(2),
          interest: i.interest.toFixed(2),
          paidPrincipal: i.paidPrincipal.toFixed(2),
          paidInterest: i.paidInterest.toFixed(2),
        })),
        BUSINESS_DATE,
      );
      expect([loan.loanNo, loan.status, loan.overduePeriods, loan.consecutiveOverduePeriods, loan.outstandingPrincipal.toFixed(2)]).toEqual(
        [loan.loanNo, rule.status, rule.overduePeriods, rule.consecutiveOverduePeriods, rule.outstandingPrincipal],
      );
    }
    expect(loans.map((l) => [l.loanNo, l.status, l.overduePeriods, l.consecutiveOverduePeriods])).toEqual([
      ["L001", "OVERDUE", 3, 3],
      ["L002", "OVERDUE", 2, 1],
      ["L003", "ACTIVE", 0, 0],
      ["L004", "ACTIVE", 0, 0],
      ["L005", "OVERDUE", 1, 1],
      ["S001", "ACTIVE", 0, 0],
      ["S002", "OVERDUE", 1, 1],
      ["S003", "PAID_OFF", 0, 0],
      ["S004", "ACTIVE", 0, 0],
      ["S005", "ACTIVE", 0, 0],
    ]);
    const l003 = loans.find((l) => l.loanNo === "L003")!;
    expect(
      l003.installments
        .filter((i) => i.status === "PAID")
        .map((i) => i.seq)
        .sort((a, b) => a - b),
    ).toEqual([1, 2, 3, 4]);

    const before = await databaseDigest();
    const second = await runDailyBatch({ businessDate: BUSINESS_DATE });
    expect(second).toMatchObject({ alreadyCompleted: true, stepsRun: [], counts: first.counts });
    expect(await databaseDigest()).toEqual(before);
    expect(await db.auditEntry.count({ where: { entityType: "BatchRun", actorLabel: "batch" } })).toBe(1);
  });

  it("each step is itself harmless to repeat: forgetting the run record changes nothing but the run and its audit entry", async () => {
    const before = await databaseDigest(["BatchRun", "AuditEntry"]);
    await db.batchRun.deleteMany();
    const again = await runDailyBatch({ businessDate: BUSINESS_DATE });
    expect(again.counts).toEqual(ZERO_COUNTS);
    expect(await databaseDigest(["BatchRun", "AuditEntry"])).toEqual(before);
  });

  it("refuses a malformed date", async () => {
    await expect(runDailyBatch({ businessDate: "2026-02-30" })).rejects.toMatchObject({ code: "INVALID_DATE" });
  });
});
