import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runDailyBatch } from "@/lib/servicing/run-daily-batch";
import { BUSINESS_DATE, createHolders, createOfficers, seedDeductionPortfolio, seedPortfolio } from "./fixtures";
import { batchSnapshot, lastAuditId, resetServicing } from "./snapshots";

class Killed extends Error {}

describe("runDailyBatch resumes a run killed midway", () => {
  it("ends exactly as one clean run, whichever step it died after", { timeout: 180_000 }, async () => {
    await createOfficers(["risk01", "risk02", "risk03"]);
    const holders = await createHolders(3);
    const scenario = async () => {
      await seedPortfolio(holders.map((h) => h.depositor.id));
      await seedDeductionPortfolio(holders);
      return lastAuditId();
    };

    const cleanFrom = await scenario();
    await runDailyBatch({ businessDate: BUSINESS_DATE });
    const clean = await batchSnapshot(cleanFrom);
    // The scenario exercises every kind of write, so a lost or doubled one would show.
    expect(clean).toMatchObject({ runs: [{ status: "COMPLETED", step: 8 }], releaseCases: [{ caseNo: "BJ202605200001" }] });
    for (const table of ["penalties", "repayments", "deductions", "ledger", "cases", "stats"])
      expect((clean[table] as unknown[]).length).toBeGreaterThan(0);

    for (const killAfter of [1, 2, 3, 4, 5, 6, 7]) {
      await resetServicing();
      const from = await scenario();
      const kill = (step: number) => {
        if (step === killAfter) throw new Killed(`killed after step ${step}`);
      };
      await expect(runDailyBatch({ businessDate: BUSINESS_DATE, afterStep: kill })).rejects.toBeInstanceOf(Killed);
      expect(await db.batchRun.findFirstOrThrow()).toMatchObject({ status: "RUNNING", step: killAfter });

      const resumed = await runDailyBatch({ businessDate: BUSINESS_DATE });
      expect(resumed.stepsRun).toEqual([1, 2, 3, 4, 5, 6, 7, 8].filter((s) => s > killAfter));
      expect(await batchSnapshot(from)).toEqual(clean);
    }
  });
});
