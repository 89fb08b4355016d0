import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { dateColumn, fromDateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { batchLockState, tryBatchLock, withBatchLock } from "@/lib/servicing/batch/batch-lock";
import { getBatchSchedule, getBatchStatus } from "@/lib/servicing/batch/queries";
import { runBatchDateInOrder } from "@/lib/servicing/batch/run-in-order";
import { runScheduledBatches, type ScheduledTick } from "@/lib/servicing/batch/run-scheduled";
import { saveBatchSchedule } from "@/lib/servicing/batch/schedule-setting";
import { startDailyBatch } from "@/lib/servicing/batch/start-batch";
import { createBorrowers, createLoan, createOfficers } from "./fixtures";
import { lastAuditId, resetServicing } from "./snapshots";

// 2026-06-09 02:00 in Shanghai: with the default 01:00, 06-08 is the latest due date.
const NOW = new Date("2026-06-08T18:00:00Z");

let borrowerId: string | null = null;
/** Audit rows after this id belong to the current test (the audit log cannot be emptied). */
let since = BigInt(0);

/**
 * A small book (one loan, overdue since 05-08) whose batch days were run up to `date`, the
 * schedule at its default; the file's database is shared by its tests, so the servicing tables
 * are emptied first.
 */
async function bookCompletedThrough(date: string): Promise<Actor> {
  await resetServicing();
  await db.setting.deleteMany({ where: { key: "batch.schedule" } });
  if (!borrowerId) {
    await createOfficers(["risk01"]);
    borrowerId = (await createBorrowers(1))[0]!.id;
  }
  await createLoan(borrowerId, {
    loanNo: "S001",
    principal: "12000.00",
    annualRatePercent: "3.100",
    months: 12,
    firstDueDate: "2026-05-08",
  });
  await db.batchRun.create({
    data: { businessDate: dateColumn(date), status: "COMPLETED", step: 8, finishedAt: new Date("2026-06-05T17:01:00Z") },
  });
  since = await lastAuditId();
  const admin = await db.user.findFirstOrThrow({ where: { roles: { has: "ADMIN" } } });
  return { userId: admin.id, roles: admin.roles, windowId: null, approvalLimit: null };
}

async function runs() {
  const rows = await db.batchRun.findMany({ orderBy: { businessDate: "asc" }, select: { businessDate: true, status: true, step: true } });
  return rows.map((r) => [fromDateColumn(r.businessDate), r.status, r.step]);
}

async function batchAudits() {
  const rows = await db.auditEntry.findMany({ where: { entityType: "BatchRun", id: { gt: since } }, orderBy: { id: "asc" } });
  return rows.map((a) => [a.action, a.entityId, a.actorLabel, a.fromState]);
}

describe("the daily batch scheduler", () => {
  it("catches up the missed dates in order; of two ticks at once one runs them, the other skips", { timeout: 120_000 }, async () => {
    await bookCompletedThrough("2026-06-05");
    let open!: () => void;
    let reached!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const stepOne = new Promise<void>((resolve) => (reached = resolve));
    // Both ticks wait after each committed step until the gate opens: they truly overlap.
    const afterStep = () => {
      reached();
      return gate;
    };
    const ticks = [0, 1].map(() => runScheduledBatches({ now: NOW, batch: { afterStep } }));
    expect(await Promise.race(ticks)).toEqual({ outcome: "LOCKED" });
    await stepOne;

    // Meanwhile the admin screen sees the run under way in "another process" (by the lock).
    expect(await batchLockState(db)).toEqual({ running: true, schedulers: 0 });
    expect(await getBatchStatus("2026-06-06")).toMatchObject({ state: "RUNNING", step: 1 });
    expect((await getBatchSchedule(NOW)).last).toMatchObject({ businessDate: "2026-06-06", outcome: "RUNNING", finishedAt: null });
    open();
    const outcomes = (await Promise.all(ticks)) as ScheduledTick[];
    expect(outcomes.map((t) => t.outcome).sort()).toEqual(["DONE", "LOCKED"]);
    expect(outcomes.find((t) => t.outcome === "DONE")).toEqual({ outcome: "DONE", ran: ["2026-06-06", "2026-06-07", "2026-06-08"] });
    expect(await batchLockState(db)).toEqual({ running: false, schedulers: 0 });

    expect(await runs()).toEqual([
      ["2026-06-05", "COMPLETED", 8],
      ["2026-06-06", "COMPLETED", 8],
      ["2026-06-07", "COMPLETED", 8],
      ["2026-06-08", "COMPLETED", 8],
    ]);
    // Each date started and completed before the next one started, by the scheduler's system actor.
    expect(await batchAudits()).toEqual(
      ["2026-06-06", "2026-06-07", "2026-06-08"].flatMap((d) => [
        ["BATCH_DAILY_STARTED", d, "scheduler", null],
        ["BATCH_DAILY_COMPLETED", d, "scheduler", null],
      ]),
    );
    // Penalty interest was posted once per day, in date order.
    const postings = await db.penaltyPosting.findMany({ orderBy: { createdAt: "asc" }, select: { businessDate: true } });
    expect(postings.map((p) => fromDateColumn(p.businessDate))).toEqual(["2026-06-06", "2026-06-07", "2026-06-08"]);

    // Nothing more is due until 06-10 01:00 (for 06-09).
    expect(await runScheduledBatches({ now: NOW })).toEqual({ outcome: "DONE", ran: [] });
    const view = await getBatchSchedule(NOW);
    expect(view).toMatchObject({ time: "01:00", schedulers: 0, next: { businessDate: "2026-06-09", at: "2026-06-10 01:00", pending: 0 } });
    expect(view.last).toMatchObject({ businessDate: "2026-06-08", outcome: "COMPLETED", error: null });
    expect(view.last?.finishedAt).not.toBeNull();
  });

  it("audits a failure, runs no later date, and retries the failed one on the next tick", { timeout: 120_000 }, async () => {
    await bookCompletedThrough("2026-06-05");
    let calls = 0;
    // 06-06 commits steps 1–8 (calls 1–8); 06-07 dies after its step 2 (call 10).
    const dieOnce = () => {
      calls += 1;
      if (calls === 10) throw new Error("disk full");
    };
    const failed = await runScheduledBatches({ now: NOW, batch: { afterStep: dieOnce } });
    expect(failed).toMatchObject({ outcome: "FAILED", ran: ["2026-06-06"], failed: "2026-06-07", error: { message: "disk full" } });
    expect(await runs()).toEqual([
      ["2026-06-05", "COMPLETED", 8],
      ["2026-06-06", "COMPLETED", 8],
      ["2026-06-07", "RUNNING", 2],
    ]);
    const failure = await db.auditEntry.findFirstOrThrow({ where: { action: "BATCH_DAILY_FAILED", id: { gt: since } } });
    expect(failure).toMatchObject({
      entityId: "2026-06-07",
      actorLabel: "scheduler",
      fromState: "RUNNING:2",
      toState: "FAILED",
      detail: { reason: "BATCH_FAILED", message: "disk full" },
    });
    expect(await getBatchSchedule(NOW)).toMatchObject({
      last: { businessDate: "2026-06-07", outcome: "FAILED", error: "批处理执行失败，已完成的步骤不会重复执行，请稍后重新开始以续跑" },
      next: { businessDate: "2026-06-07", pending: 2 },
    });

    expect(await runScheduledBatches({ now: NOW })).toEqual({ outcome: "DONE", ran: ["2026-06-07", "2026-06-08"] });
    expect((await batchAudits()).slice(-5)).toEqual([
      ["BATCH_DAILY_FAILED", "2026-06-07", "scheduler", "RUNNING:2"],
      ["BATCH_DAILY_RESUMED", "2026-06-07", "scheduler", "RUNNING:2"],
      ["BATCH_DAILY_COMPLETED", "2026-06-07", "scheduler", null],
      ["BATCH_DAILY_STARTED", "2026-06-08", "scheduler", null],
      ["BATCH_DAILY_COMPLETED", "2026-06-08", "scheduler", null],
    ]);
  });

  it("runs at the configured time, which an ADMIN sets with an audit row", async () => {
    const admin = await bookCompletedThrough("2026-06-07");
    // 06-09 02:00: the default 01:00 has passed, so 06-08 is due; at 03:00 it is not yet.
    expect(await saveBatchSchedule({ actor: { ...admin, roles: ["RISK_OFFICER"] }, time: "03:00" }).catch((e: unknown) => e)).toMatchObject(
      { code: "FORBIDDEN_ROLE" },
    );
    expect(await saveBatchSchedule({ actor: admin, time: "25:00" }).catch((e: unknown) => e)).toMatchObject({ code: "INVALID_SETTING" });
    expect(await saveBatchSchedule({ actor: admin, time: "03:00" })).toEqual({ changed: true });
    expect(await saveBatchSchedule({ actor: admin, time: "03:00" })).toEqual({ changed: false });
    const audits = await db.auditEntry.findMany({ where: { action: "SETTING_CHANGED", id: { gt: since } } });
    expect(audits.map((a) => [a.entityId, a.actorId, a.fromState, a.toState])).toEqual([
      ["batch.schedule", admin.userId, '{"time":"01:00"}', '{"time":"03:00"}'],
    ]);

    expect(await runScheduledBatches({ now: NOW })).toEqual({ outcome: "DONE", ran: [] });
    expect((await getBatchSchedule(NOW)).next).toEqual({ businessDate: "2026-06-08", at: "2026-06-09 03:00", pending: 0 });
    expect(await runScheduledBatches({ now: new Date("2026-06-08T19:00:00Z") })).toEqual({ outcome: "DONE", ran: ["2026-06-08"] });
  });
});

describe("the previous-date rule and the lock, shared by the command line and the admin screen", () => {
  it("refuses a date whose previous date is incomplete, and any run while another holds the lock", async () => {
    const admin = await bookCompletedThrough("2026-06-05");
    const cli = (businessDate: string) => withBatchLock(() => runBatchDateInOrder({ businessDate, actorLabel: "batch" }));
    await expect(cli("2026-06-07")).rejects.toMatchObject({ code: "BATCH_PREVIOUS_INCOMPLETE", details: { previous: "2026-06-06" } });
    await expect(startDailyBatch({ actor: admin, businessDate: "2026-06-07", now: NOW })).rejects.toMatchObject({
      code: "BATCH_PREVIOUS_INCOMPLETE",
      details: { previous: "2026-06-06" },
    });
    expect(await runs()).toEqual([["2026-06-05", "COMPLETED", 8]]);
    expect(await batchAudits()).toEqual([]);

    const release = (await tryBatchLock())!;
    try {
      await expect(cli("2026-06-06")).rejects.toMatchObject({ code: "BATCH_LOCKED" });
      await expect(startDailyBatch({ actor: admin, businessDate: "2026-06-06", now: NOW })).rejects.toMatchObject({ code: "BATCH_LOCKED" });
      expect(await runScheduledBatches({ now: NOW })).toEqual({ outcome: "LOCKED" });
    } finally {
      await release();
    }
    expect(await runs()).toEqual([["2026-06-05", "COMPLETED", 8]]);

    expect(await cli("2026-06-06")).toMatchObject({ businessDate: "2026-06-06", alreadyCompleted: false });
    expect(await cli("2026-06-06")).toMatchObject({ alreadyCompleted: true });
    expect(await batchAudits()).toEqual([
      ["BATCH_DAILY_STARTED", "2026-06-06", "batch", null],
      ["BATCH_DAILY_COMPLETED", "2026-06-06", "batch", null],
    ]);
  });

  it("npm run batch:daily prints the refusal in one line and exits 1, without a stack trace", { timeout: 120_000 }, async () => {
    await bookCompletedThrough("2026-06-05");
    const root = path.resolve(import.meta.dirname, "../../..");
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const proc = spawn(
        process.execPath,
        ["--conditions=react-server", "--import", "tsx", "prisma/tools/batch-daily.ts", "--date=2026-06-07"],
        {
          cwd: root,
          env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
        },
      );
      let stdout = "";
      let stderr = "";
      proc.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      proc.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      proc.once("error", reject);
      proc.once("exit", (code) => resolve({ code, stdout, stderr }));
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      "前一营业日（2026-06-06）的日终批处理尚未完成，请按日期顺序执行 / The daily batch of the previous date 2026-06-06 is not complete: run the dates in order.",
    );
    expect(await runs()).toEqual([["2026-06-05", "COMPLETED", 8]]);
  });
});
