import { describe, expect, it } from "vitest";
import { dateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { runDailyBatch } from "@/lib/servicing/run-daily-batch";
import { createBorrowers, createLoan, createOfficers, payInstallment } from "./fixtures";

describe("collection cases (清收台账)", () => {
  it("opens a case for an overdue loan, round-robin over active officers, and closes it (销号) once arrears are cleared", async () => {
    const [a, b, retired] = await createOfficers(["risk01", "risk02", "risk00"]);
    await db.user.update({ where: { id: retired!.id }, data: { active: false } });
    const [borrower] = await createBorrowers(1);
    const spec = { principal: "200000.00", annualRatePercent: "3.100", months: 120, firstDueDate: "2026-03-10" };
    const overdue = await createLoan(borrower!.id, { ...spec, loanNo: "C001", paid: { 1: "FULL" } });
    const second = await createLoan(borrower!.id, { ...spec, loanNo: "C002" });
    const third = await createLoan(borrower!.id, { ...spec, loanNo: "C003" });

    await runDailyBatch({ businessDate: "2026-04-11" });
    const opened = await db.collectionCase.findMany({ orderBy: { loan: { loanNo: "asc" } }, include: { collector: true } });
    expect(opened.map((c) => [c.loanId, c.status, c.openKey, c.overduePeriodsAtOpen, c.collector?.loginName])).toEqual([
      [overdue.id, "OPEN", overdue.id, 1, "risk01"],
      [second.id, "OPEN", second.id, 2, "risk02"],
      [third.id, "OPEN", third.id, 2, "risk01"],
    ]);
    expect(a && b).toBeTruthy();
    expect(opened[0]!.openedOn).toEqual(dateColumn("2026-04-11"));

    // The next day nothing new: still one OPEN case per loan.
    await runDailyBatch({ businessDate: "2026-04-12" });
    expect(await db.collectionCase.count()).toBe(3);

    // Clearing C001's arrears closes its case on the next business date; the others stay open.
    await payInstallment(overdue.id, 2);
    const result = await runDailyBatch({ businessDate: "2026-04-13" });
    expect(result.counts).toMatchObject({ installmentsMarkedPaid: 1, casesClosed: 1, casesOpened: 0, penaltyPostings: 2 });
    const closed = await db.collectionCase.findFirstOrThrow({ where: { loanId: overdue.id } });
    expect(closed).toMatchObject({ status: "CLOSED", openKey: null, closedOn: dateColumn("2026-04-13") });
    expect(await db.loan.findUniqueOrThrow({ where: { id: overdue.id } })).toMatchObject({
      status: "ACTIVE",
      overduePeriods: 0,
      consecutiveOverduePeriods: 0,
    });
    expect(await db.collectionCase.count({ where: { status: "OPEN" } })).toBe(2);

    // Overdue again later: a new case, the closed one kept in the ledger.
    await runDailyBatch({ businessDate: "2026-05-11" });
    const cases = await db.collectionCase.findMany({ where: { loanId: overdue.id }, orderBy: { openedOn: "asc" } });
    expect(cases.map((c) => c.status)).toEqual(["CLOSED", "OPEN"]);
  });
});
