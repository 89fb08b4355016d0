import "server-only";
import { messageIn } from "@/lib/errors";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { dateColumn, fromDateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { formatYuan, money } from "@/lib/money";
import { batchJob } from "./background";
import { batchLockState } from "./batch-lock";
import { lastCompletedDate } from "./batch-order";
import { BATCH_ERROR_MESSAGES } from "./messages";
import { nextBatchRun } from "./schedule";
import { loadBatchSchedule } from "./schedule-setting";
import { STEP_LABELS, TOTAL_STEPS } from "./steps";
import type { StepCounts } from "./types";

export type BatchStatusView = {
  businessDate: string;
  /** NOT_STARTED, RUNNING (this server runs it, or the batch lock is held elsewhere), COMPLETED, FAILED (ended with an error), INTERRUPTED (a RUNNING row nobody runs). */
  state: "NOT_STARTED" | "RUNNING" | "COMPLETED" | "FAILED" | "INTERRUPTED";
  step: number;
  of: number;
  /** The step committed last, or the one running. */
  stepLabel: string | null;
  counts: StepCounts;
  error: string | null;
};

/** One date's progress for the progress bar: the BatchRun row, plus whether this server (or another, by the lock) runs it. */
export async function getBatchStatus(businessDate: string): Promise<BatchStatusView> {
  const run = await db.batchRun.findUnique({ where: { businessDate: dateColumn(businessDate) } });
  const job = batchJob(businessDate);
  const step = run?.step ?? 0;
  const base = { businessDate, step, of: TOTAL_STEPS, counts: (run?.counts ?? {}) as StepCounts, error: job?.error ?? null };
  const label = (n: number) => STEP_LABELS[Math.min(n, TOTAL_STEPS) - 1]?.label ?? null;
  if (run?.status === "COMPLETED") return { ...base, state: "COMPLETED", stepLabel: label(step), error: null };
  if (job?.running) return { ...base, state: "RUNNING", stepLabel: label(step + 1) };
  // Run by the scheduler or another server: runs are one at a time and in date order, so the
  // unfinished row is the one the lock holder runs.
  if (run && (await batchLockState(db)).running) return { ...base, state: "RUNNING", stepLabel: label(step + 1), error: null };
  if (job?.error) return { ...base, state: "FAILED", stepLabel: label(step + 1) };
  // Failed in another server process (npm start runs one per core) or the scheduler: its audit says so.
  const failure = run ? await recordedFailure(businessDate) : null;
  if (failure) return { ...base, state: "FAILED", stepLabel: label(step + 1), error: failure };
  return { ...base, state: run ? "INTERRUPTED" : "NOT_STARTED", stepLabel: run ? label(step + 1) : null };
}

/**
 * The message of the failure that ended an unfinished run, when its last word in the audit is a
 * failure (BATCH_DAILY_FAILED, written by whichever process ran it); null when it was killed.
 */
async function recordedFailure(businessDate: string): Promise<string | null> {
  const lastWord = await db.auditEntry.findFirst({
    where: {
      entityType: "BatchRun",
      entityId: businessDate,
      action: { in: ["BATCH_DAILY_STARTED", "BATCH_DAILY_RESUMED", "BATCH_DAILY_FAILED"] },
    },
    orderBy: { id: "desc" },
    select: { action: true, detail: true },
  });
  if (lastWord?.action !== "BATCH_DAILY_FAILED") return null;
  const reason = String((lastWord.detail as { reason?: string } | null)?.reason ?? "BATCH_FAILED");
  return messageIn(BATCH_ERROR_MESSAGES, reason) ?? BATCH_ERROR_MESSAGES.BATCH_FAILED;
}

export type BatchRunRow = {
  businessDate: string;
  status: "RUNNING" | "COMPLETED";
  step: string;
  startedAt: string;
  finishedAt: string | null;
  penaltyPostings: number;
  repayments: number;
  collected: string;
  bankFailed: number;
  casesOpened: number;
  casesClosed: number;
  loansPaidOff: number;
};

const n = (c: StepCounts, k: string) => Number(c[k] ?? 0);

/** The latest runs, newest business date first, with what each one did. */
export async function listBatchRuns(take = 15): Promise<BatchRunRow[]> {
  const runs = await db.batchRun.findMany({ orderBy: { businessDate: "desc" }, take });
  return runs.map((r) => {
    const c = r.counts as StepCounts;
    const collected = formatYuan(money(String(c.fundAmount ?? "0")).plus(money(String(c.bankAmount ?? "0"))));
    return {
      businessDate: fromDateColumn(r.businessDate),
      status: r.status,
      step: `${r.step}/${TOTAL_STEPS}`,
      startedAt: formatShanghaiDateTime(r.startedAt),
      finishedAt: r.finishedAt ? formatShanghaiDateTime(r.finishedAt) : null,
      penaltyPostings: n(c, "penaltyPostings"),
      repayments: n(c, "fundRepayments") + n(c, "bankRepayments"),
      collected,
      bankFailed: n(c, "bankFailed"),
      casesOpened: n(c, "casesOpened"),
      casesClosed: n(c, "casesClosed"),
      loansPaidOff: n(c, "loansPaidOff"),
    };
  });
}

export type BatchScheduleView = {
  /** "HH:MM" in Asia/Shanghai. */
  time: string;
  /** Live scheduler processes (`npm start` with HPF_BATCH_SCHEDULER not off), by their lock. */
  schedulers: number;
  last: {
    businessDate: string;
    startedAt: string;
    finishedAt: string | null;
    outcome: "COMPLETED" | "RUNNING" | "FAILED" | "INTERRUPTED";
    error: string | null;
  } | null;
  /** The next run: `at` "YYYY-MM-DD HH:MM" in Shanghai; pending > 0 when dates are due now. */
  next: { businessDate: string; at: string; pending: number };
};

/** The scheduler panel of /admin/batch: the configured time, the last run and the next one. */
export async function getBatchSchedule(now: Date = new Date()): Promise<BatchScheduleView> {
  const [{ time }, lastCompleted, lock, latest] = await Promise.all([
    loadBatchSchedule(db),
    lastCompletedDate(db),
    batchLockState(db),
    db.batchRun.findFirst({ orderBy: { businessDate: "desc" } }),
  ]);
  const next = nextBatchRun({ lastCompleted, now, time });
  let last: BatchScheduleView["last"] = null;
  if (latest) {
    const businessDate = fromDateColumn(latest.businessDate);
    let outcome: NonNullable<BatchScheduleView["last"]>["outcome"] = "COMPLETED";
    let error: string | null = null;
    if (latest.status === "RUNNING") {
      // Whether the unfinished run is under way, stopped with an error (audited), or was killed.
      const job = batchJob(businessDate);
      const failure = lock.running || job?.running ? null : await recordedFailure(businessDate);
      if (lock.running || job?.running) outcome = "RUNNING";
      else if (failure) {
        outcome = "FAILED";
        error = failure;
      } else outcome = "INTERRUPTED";
    }
    last = {
      businessDate,
      startedAt: formatShanghaiDateTime(latest.startedAt),
      finishedAt: latest.finishedAt ? formatShanghaiDateTime(latest.finishedAt) : null,
      outcome,
      error,
    };
  }
  return {
    time,
    schedulers: lock.schedulers,
    last,
    next: { businessDate: next.businessDate, at: formatShanghaiDateTime(next.at), pending: next.pending },
  };
}
