import "server-only";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { dateColumn, fromDateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { formatYuan, money } from "@/lib/money";
import { batchJob } from "./background";
import { STEP_LABELS, TOTAL_STEPS } from "./steps";
import type { StepCounts } from "./types";

export type BatchStatusView = {
  businessDate: string;
  /** NOT_STARTED, RUNNING (this server runs it), COMPLETED, FAILED (ended with an error), INTERRUPTED (a RUNNING row nobody runs). */
  state: "NOT_STARTED" | "RUNNING" | "COMPLETED" | "FAILED" | "INTERRUPTED";
  step: number;
  of: number;
  /** The step committed last, or the one running. */
  stepLabel: string | null;
  counts: StepCounts;
  error: string | null;
};

/** One date's progress for the progress bar: the BatchRun row, plus whether this server runs it. */
export async function getBatchStatus(businessDate: string): Promise<BatchStatusView> {
  const run = await db.batchRun.findUnique({ where: { businessDate: dateColumn(businessDate) } });
  const job = batchJob(businessDate);
  const step = run?.step ?? 0;
  const base = { businessDate, step, of: TOTAL_STEPS, counts: (run?.counts ?? {}) as StepCounts, error: job?.error ?? null };
  const label = (n: number) => STEP_LABELS[Math.min(n, TOTAL_STEPS) - 1]?.label ?? null;
  if (run?.status === "COMPLETED") return { ...base, state: "COMPLETED", stepLabel: label(step), error: null };
  if (job?.running) return { ...base, state: "RUNNING", stepLabel: label(step + 1) };
  if (job?.error) return { ...base, state: "FAILED", stepLabel: label(step + 1) };
  return { ...base, state: run ? "INTERRUPTED" : "NOT_STARTED", stepLabel: run ? label(step + 1) : null };
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
