import { describe, expect, it } from "vitest";
import { fromDateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { overdueStatus } from "@/lib/servicing/overdue-status";
import { runDailyBatch } from "@/lib/servicing/run-daily-batch";
import { BUSINESS_DATE, batchSnapshot, createBorrowers, createOfficers, seedPortfolio } from "./fixtures";

describe("runDailyBatch is idempotent for a date", () => {
  it("marks, posts, updates and opens once; a second run changes nothing", async () => {
    await createOfficers(["risk01", "risk02"]);
    const borrowers = await createBorrowers(3);
    await seedPortfolio(borrowers.map((b) => b.id));

    const progress: number[] = [];
    const first = await runDailyBatch({ businessDate: BUSINESS_DATE, onProgress: (p) => progress.push(p.step) });
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(first).toMatchObject({ alreadyCompleted: false, stepsRun: [1, 2, 3, 4, 5] });
    expect(first.counts).toMatchObject({ installmentsMarkedOverdue: 6, installmentsMarkedPaid: 9, penaltyPostings: 3, loansUpdated: 3, casesOpened: 3, casesClosed: 0 });

    // Loan figures agree with the pure rule (lib/servicing/overdue-status.ts) for every loan.
    const loans = await db.loan.findMany({ include: { installments: true }, orderBy: { loanNo: "asc" } });
    for (const loan of loans) {
      const rule = overdueStatus(
        loan.installments.map((i) => ({ seq: i.seq, dueDate: fromDateColumn(i.dueDate), principal: i.principal.toFixed(2), interest: i.interest.toFixed(2), paidPrincipal: i.paidPrincipal.toFixed(2), paidInterest: i.paidInterest.toFixed(2) })),
        BUSINESS_DATE,
      );
      expect([loan.loanNo, loan.status, loan.overduePeriods, loan.consecutiveOverduePeriods]).toEqual([loan.loanNo, rule.status, rule.overduePeriods, rule.consecutiveOverduePeriods]);
    }
    expect(loans.map((l) => [l.loanNo, l.status, l.overduePeriods, l.consecutiveOverduePeriods])).toEqual([
      ["L001", "OVERDUE", 3, 3],
      ["L002", "OVERDUE", 2, 1],
      ["L003", "ACTIVE", 0, 0],
      ["L004", "ACTIVE", 0, 0],
      ["L005", "OVERDUE", 1, 1],
    ]);
    const l003 = loans.find((l) => l.loanNo === "L003")!;
    expect(l003.installments.filter((i) => i.status === "PAID").map((i) => i.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4]);

    const before = await batchSnapshot();
    const second = await runDailyBatch({ businessDate: BUSINESS_DATE });
    expect(second).toMatchObject({ alreadyCompleted: true, stepsRun: [], counts: first.counts });
    expect(await batchSnapshot()).toEqual(before);
    expect(await db.auditEntry.count({ where: { entityType: "BatchRun", actorLabel: "batch" } })).toBe(1);
  });

  it("each step is itself harmless to repeat: forgetting the run record still changes no servicing data", async () => {
    const before = (await batchSnapshot()) as Record<string, unknown>;
    await db.batchRun.deleteMany();
    const again = await runDailyBatch({ businessDate: BUSINESS_DATE });
    expect(again.counts).toEqual({ installmentsMarkedOverdue: 0, installmentsMarkedPaid: 0, penaltyPostings: 0, penaltyAmount: "0.00", loansUpdated: 0, casesOpened: 0, casesClosed: 0 });
    const after = (await batchSnapshot()) as Record<string, unknown>;
    for (const table of ["loans", "installments", "penalties", "cases"]) expect(after[table]).toEqual(before[table]);
  });

  it("refuses a malformed date", async () => {
    await expect(runDailyBatch({ businessDate: "2026-02-30" })).rejects.toMatchObject({ code: "INVALID_DATE" });
  });
});
