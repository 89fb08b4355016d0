import { describe, expect, it } from "vitest";
import { dateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { runDailyBatch } from "@/lib/servicing/run-daily-batch";
import { createBorrowers, createLoan } from "./fixtures";

/** Loan.penaltyPosted, which every penalty-owed rule reads, must equal the sum of the loan's postings. */
async function postedVsSum() {
  return db.$queryRaw<{ loanNo: string; posted: string; summed: string }[]>`
    SELECT l."loanNo", l."penaltyPosted"::text AS posted, coalesce(sum(p.amount), 0)::numeric(18, 2)::text AS summed
      FROM "Loan" l LEFT JOIN "PenaltyPosting" p ON p."loanId" = l.id
     GROUP BY l.id ORDER BY l."loanNo"`;
}

describe("Loan.penaltyPosted (kept by the database)", () => {
  it("follows the batch's postings and direct inserts and deletes; a posting cannot be edited", async () => {
    const [borrower] = await createBorrowers(1);
    const spec = { principal: "120000.00", annualRatePercent: "3.100", months: 120, firstDueDate: "2026-02-10" };
    const late = await createLoan(borrower!.id, { ...spec, loanNo: "Q001", paid: { 1: "FULL" } });
    await createLoan(borrower!.id, { ...spec, loanNo: "Q002", paid: { 1: "FULL", 2: "FULL" } });
    await runDailyBatch({ businessDate: "2026-04-01" });
    await runDailyBatch({ businessDate: "2026-04-02" });

    let rows = await postedVsSum();
    expect(rows.map((r) => r.posted)).toEqual(rows.map((r) => r.summed));
    expect(Number(rows[0]!.posted)).toBeGreaterThan(0);
    expect(rows[1]!.posted).toBe("0.00");

    const manual = await db.penaltyPosting.create({
      data: { loanId: late.id, businessDate: dateColumn("2026-03-01"), base: "1000.00", ratePercent: "4.65", amount: "12.34" },
    });
    rows = await postedVsSum();
    expect(rows[0]!.posted).toBe(rows[0]!.summed);
    await expect(db.$executeRaw`UPDATE "PenaltyPosting" SET amount = 0.01 WHERE id = ${manual.id}`).rejects.toThrow(/never edited/);
    await db.penaltyPosting.delete({ where: { id: manual.id } });
    rows = await postedVsSum();
    expect(rows.map((r) => r.posted)).toEqual(rows.map((r) => r.summed));
  });
});
