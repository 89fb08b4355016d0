import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { collectDayDue } from "@/lib/servicing/batch/day-due";
import { createBorrowers, createLoan } from "./fixtures";

const DAY = "2026-04-12";

async function someoneWaitsOnALock(): Promise<boolean> {
  const rows = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`;
  return rows[0]!.n > 0;
}

describe("collectDayDue", () => {
  it("reads again, under the lock, a loan repaid between its read and its lock", async () => {
    const [borrower] = await createBorrowers(1);
    const spec = { principal: "100000.00", annualRatePercent: "3.100", months: 120, firstDueDate: "2026-03-10" };
    const repaid = await createLoan(borrower!.id, { ...spec, loanNo: "D001", paid: { 1: "FULL" } });
    const untouched = await createLoan(borrower!.id, { ...spec, loanNo: "D002", paid: { 1: "FULL" } });

    // An online repayment holds D001's lock while the batch reads the day's amounts.
    let commitRepayment!: () => void;
    const repaymentMayCommit = new Promise<void>((resolve) => (commitRepayment = resolve));
    const repayment = db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT 1 FROM "Loan" WHERE id = ${repaid.id} FOR UPDATE`;
        await tx.$executeRaw`
        UPDATE "LoanInstallment" SET "paidPrincipal" = principal, "paidInterest" = interest, "paidAmount" = payment, status = 'PAID'
         WHERE "loanId" = ${repaid.id} AND seq = 2`;
        await tx.$executeRaw`UPDATE "Loan" SET version = version + 1 WHERE id = ${repaid.id}`;
        await repaymentMayCommit;
      },
      { timeout: 20_000 },
    );

    const batch = db.$transaction(
      async (tx) => {
        await collectDayDue(tx, { businessDate: DAY, pendingFrom: null });
        return tx.$queryRaw<{ loanId: string; due: string }[]>`SELECT "loanId", due::text AS due FROM "day_due" ORDER BY "loanId"`;
      },
      { timeout: 20_000 },
    );

    // Once the batch has read the amounts and waits for D001's lock, the repayment commits.
    for (let i = 0; i < 200 && !(await someoneWaitsOnALock()); i++) await new Promise((r) => setTimeout(r, 25));
    expect(await someoneWaitsOnALock()).toBe(true);
    commitRepayment();
    await repayment;

    const due = await batch;
    // D001 owes nothing any more, so it is not in the day's table; D002 still owes installment 2.
    expect(due.map((d) => d.loanId)).toEqual([untouched.id]);
    const owed = await db.$queryRaw<{ owed: string }[]>`
      SELECT (principal + interest)::text AS owed FROM "LoanInstallment" WHERE "loanId" = ${untouched.id} AND seq = 2`;
    expect(due[0]!.due).toBe(owed[0]!.owed);
  });
});
