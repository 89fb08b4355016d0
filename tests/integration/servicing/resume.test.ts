import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runDailyBatch } from "@/lib/servicing/run-daily-batch";
import { BUSINESS_DATE, batchSnapshot, clearLoans, createBorrowers, createOfficers, seedPortfolio } from "./fixtures";

class Killed extends Error {}

describe("runDailyBatch resumes a run killed midway", () => {
  it("ends exactly as one clean run, whichever step it died after", async () => {
    await createOfficers(["risk01", "risk02", "risk03"]);
    const borrowerIds = (await createBorrowers(3)).map((b) => b.id);

    await seedPortfolio(borrowerIds);
    await runDailyBatch({ businessDate: BUSINESS_DATE });
    const clean = await batchSnapshot();

    for (const killAfter of [1, 2, 3, 4]) {
      await clearLoans();
      await seedPortfolio(borrowerIds);
      const kill = (step: number) => {
        if (step === killAfter) throw new Killed(`killed after step ${step}`);
      };
      await expect(runDailyBatch({ businessDate: BUSINESS_DATE, afterStep: kill })).rejects.toBeInstanceOf(Killed);
      expect(await db.batchRun.findFirstOrThrow()).toMatchObject({ status: "RUNNING", step: killAfter });

      const resumed = await runDailyBatch({ businessDate: BUSINESS_DATE });
      expect(resumed.stepsRun).toEqual([1, 2, 3, 4, 5].filter((s) => s > killAfter));
      expect(await batchSnapshot()).toEqual(clean);
    }
  });
});
