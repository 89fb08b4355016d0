import { describe, expect, it } from "vitest";
import { dateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { batchJob } from "@/lib/servicing/batch/background";
import { getBatchStatus } from "@/lib/servicing/batch/queries";
import { recordBatchFailure } from "@/lib/servicing/batch/run-in-order";
import { BATCH_ERROR_MESSAGES } from "@/lib/servicing/batch/messages";
import { startDailyBatch } from "@/lib/servicing/batch/start-batch";
import { createBorrowers, createLoan, createOfficers } from "./fixtures";

const NOW = new Date("2026-06-10T04:00:00Z"); // 12:00 in Shanghai
const start = (actor: Actor, businessDate: string) => startDailyBatch({ actor, businessDate, now: NOW });

async function finished(businessDate: string) {
  while (batchJob(businessDate)?.running) await new Promise((r) => setTimeout(r, 50));
}

describe("starting the daily batch from the admin screen", () => {
  it("runs a date in the background once; refuses a running, completed, future or out-of-order date", async () => {
    await createOfficers(["risk01"]);
    const [borrower] = await createBorrowers(1);
    await createLoan(borrower!.id, {
      loanNo: "W001",
      principal: "12000.00",
      annualRatePercent: "3.100",
      months: 12,
      firstDueDate: "2026-05-08",
    });
    const user = await db.user.findFirstOrThrow({ where: { roles: { has: "ADMIN" } } });
    const admin: Actor = { userId: user.id, roles: user.roles, windowId: null, approvalLimit: null };

    await expect(start({ ...admin, roles: ["RISK_OFFICER"] }, "2026-06-08")).rejects.toMatchObject({ code: "FORBIDDEN_ROLE" });
    await expect(start(admin, "2026-06-11")).rejects.toMatchObject({ code: "BATCH_DATE_IN_FUTURE" });
    await expect(start(admin, "2026-06-31")).rejects.toMatchObject({ code: "INVALID_DATE" });
    expect(await getBatchStatus("2026-06-08")).toMatchObject({ state: "NOT_STARTED", step: 0, of: 8 });

    // A double submit: the second start finds the date already claimed.
    const [first, second] = await Promise.allSettled([start(admin, "2026-06-08"), start(admin, "2026-06-08")]);
    expect(first).toMatchObject({ status: "fulfilled", value: { businessDate: "2026-06-08", resumed: false } });
    expect(second).toMatchObject({ status: "rejected", reason: { code: "BATCH_ALREADY_RUNNING" } });
    await finished("2026-06-08");
    expect(await getBatchStatus("2026-06-08")).toMatchObject({
      state: "COMPLETED",
      step: 8,
      error: null,
      counts: { penaltyPostings: 1, casesOpened: 1 },
    });
    await expect(start(admin, "2026-06-08")).rejects.toMatchObject({ code: "BATCH_ALREADY_COMPLETED" });

    // Penalties accrue day by day: 06-10 waits for 06-09.
    await expect(start(admin, "2026-06-10")).rejects.toMatchObject({
      code: "BATCH_PREVIOUS_INCOMPLETE",
      details: { previous: "2026-06-09" },
    });

    // A run killed midway (RUNNING, nobody running it) is resumed from its step.
    await db.batchRun.create({ data: { businessDate: dateColumn("2026-06-09"), step: 3 } });
    expect(await getBatchStatus("2026-06-09")).toMatchObject({ state: "INTERRUPTED", step: 3 });
    expect(await start(admin, "2026-06-09")).toEqual({ businessDate: "2026-06-09", resumed: true });
    await finished("2026-06-09");
    expect(await getBatchStatus("2026-06-09")).toMatchObject({ state: "COMPLETED", step: 8 });

    const audits = await db.auditEntry.findMany({
      where: { action: { in: ["BATCH_DAILY_STARTED", "BATCH_DAILY_RESUMED"] } },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => [a.action, a.entityId, a.actorId, a.fromState])).toEqual([
      ["BATCH_DAILY_STARTED", "2026-06-08", user.id, null],
      ["BATCH_DAILY_RESUMED", "2026-06-09", user.id, "RUNNING:3"],
    ]);
  });
});

describe("the progress poll answered by another server process", () => {
  it("reports a run that failed in the process that ran it as FAILED with its message, not as interrupted", async () => {
    // npm start runs one process per core: the poll may reach a process that never ran the job,
    // so it reads the failure from the audit the failing process wrote.
    await db.batchRun.create({ data: { businessDate: dateColumn("2026-06-05"), step: 2 } });
    expect(await getBatchStatus("2026-06-05")).toMatchObject({ state: "INTERRUPTED", error: null });
    await recordBatchFailure({ businessDate: "2026-06-05", actorLabel: "batch", error: new Error("disk full") });
    expect(batchJob("2026-06-05")).toBeNull();
    expect(await getBatchStatus("2026-06-05")).toMatchObject({ state: "FAILED", step: 2, error: BATCH_ERROR_MESSAGES.BATCH_FAILED });
  });
});
