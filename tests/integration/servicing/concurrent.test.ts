import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runDailyBatch } from "@/lib/servicing/run-daily-batch";
import { BUSINESS_DATE, createBorrowers, createOfficers, seedPortfolio } from "./fixtures";

describe("runDailyBatch started twice at once", () => {
  it("runs each step once: the BatchRun row lock serializes the runners", async () => {
    await createOfficers(["risk01"]);
    await seedPortfolio((await createBorrowers(2)).map((b) => b.id));
    const [a, b] = await Promise.all([runDailyBatch({ businessDate: BUSINESS_DATE }), runDailyBatch({ businessDate: BUSINESS_DATE })]);
    expect([...a.stepsRun, ...b.stepsRun].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(a.counts).toEqual(b.counts);
    expect(await db.penaltyPosting.count()).toBe(3);
    expect(await db.collectionCase.count()).toBe(3);
    expect(await db.auditEntry.count({ where: { entityType: "BatchRun" } })).toBe(1);
  });
});
