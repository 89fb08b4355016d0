import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runDailyBatch } from "@/lib/servicing/run-daily-batch";
import { BUSINESS_DATE, createHolders, createOfficers, seedDeductionPortfolio, seedPortfolio } from "./fixtures";

describe("runDailyBatch started twice at once", () => {
  it("runs each step once: the BatchRun row lock serializes the runners", async () => {
    await createOfficers(["risk01"]);
    const holders = await createHolders(2);
    await seedPortfolio(holders.map((h) => h.depositor.id));
    await seedDeductionPortfolio(holders);
    const [a, b] = await Promise.all([runDailyBatch({ businessDate: BUSINESS_DATE }), runDailyBatch({ businessDate: BUSINESS_DATE })]);
    expect([...a.stepsRun, ...b.stepsRun].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(a.counts).toEqual(b.counts);
    expect(await db.penaltyPosting.count()).toBe(5);
    expect(await db.repayment.count()).toBe(5);
    expect(await db.bankDeduction.count()).toBe(4);
    expect(await db.collectionCase.count()).toBe(4);
    expect(await db.auditEntry.count({ where: { entityType: "BatchRun" } })).toBe(1);
  });
});
