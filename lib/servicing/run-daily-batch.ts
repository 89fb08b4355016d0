import { recordAudit } from "@/lib/audit/record-audit";
import { dateColumn, parseIsoDate } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_PENALTY_RULE, type PenaltyRule } from "@/lib/servicing/penalty-interest";
import { STEPS } from "./batch/steps";
import type { BatchContext, StepCounts } from "./batch/types";

/** One committed step, for a progress bar: `step` of `of`. */
export type BatchProgress = { step: number; of: number; name: string; label: string; counts: StepCounts };

export type RunDailyBatchInput = {
  /** Business date YYYY-MM-DD (Asia/Shanghai calendar date). */
  businessDate: string;
  actorLabel?: string;
  penaltyRule?: PenaltyRule;
  onProgress?: (progress: BatchProgress) => void;
  /** Called after each committed step; a test throws here to simulate a kill midway. */
  afterStep?: (step: number) => void | Promise<void>;
};

export type RunDailyBatchResult = {
  businessDate: string;
  /** True when the date had already completed: nothing was done. */
  alreadyCompleted: boolean;
  /** Steps this call ran (a resumed run skips the ones already committed). */
  stepsRun: number[];
  counts: StepCounts;
};

const TOTAL_STEPS = STEPS.length + 1;
// NOTE: a step touches every serviced loan in one statement; the default 5 s would cut it short.
const TX_OPTIONS = { maxWait: 30_000, timeout: 30 * 60_000 };

/** Locks the date's BatchRun row and returns the committed step, so two runners never overlap. */
async function lockRun(tx: Prisma.TransactionClient, businessDate: string) {
  const rows = await tx.$queryRaw<{ step: number; counts: StepCounts }[]>`
    SELECT step, counts FROM "BatchRun" WHERE "businessDate" = ${businessDate}::date FOR UPDATE`;
  return rows[0]!;
}

/**
 * The daily batch (一天一销号) for one business date: 1 installment statuses, 2 penalty interest,
 * 3 loan overdue periods and status, 4 collection cases open/close, 5 one audit entry and
 * COMPLETED. Set-based SQL; each step commits with BatchRun.step in its own transaction, so a run
 * killed midway resumes at the next step and ends as one clean run would; a COMPLETED date is a
 * no-op. Errors: INVALID_DATE.
 */
export async function runDailyBatch(input: RunDailyBatchInput): Promise<RunDailyBatchResult> {
  const { businessDate } = input;
  try {
    parseIsoDate(businessDate);
  } catch {
    throw new DomainError("INVALID_DATE", { field: "businessDate", details: { businessDate } });
  }
  const ctx: BatchContext = { businessDate, penaltyRule: input.penaltyRule ?? DEFAULT_PENALTY_RULE };
  await db.$executeRaw`INSERT INTO "BatchRun" ("businessDate") VALUES (${businessDate}::date) ON CONFLICT DO NOTHING`;

  const stepsRun: number[] = [];
  for (let n = 1; n <= TOTAL_STEPS; n++) {
    const done = await db.$transaction(async (tx) => {
      const run = await lockRun(tx, businessDate);
      if (run.step >= n) return null;
      const counts = n <= STEPS.length ? await STEPS[n - 1]!.run(tx, ctx) : {};
      const all = { ...run.counts, ...counts };
      if (n === TOTAL_STEPS) {
        await recordAudit(tx, { actorLabel: input.actorLabel ?? "batch", action: "BATCH_DAILY_COMPLETED", entityType: "BatchRun", entityId: businessDate, toState: "COMPLETED", detail: all });
      }
      await tx.$executeRaw`
        UPDATE "BatchRun"
           SET step = ${n}, counts = ${JSON.stringify(all)}::jsonb,
               status = ${n === TOTAL_STEPS ? "COMPLETED" : "RUNNING"}::"BatchRunStatus",
               "finishedAt" = CASE WHEN ${n === TOTAL_STEPS} THEN now() END
         WHERE "businessDate" = ${businessDate}::date`;
      return counts;
    }, TX_OPTIONS);
    if (done === null) continue;
    stepsRun.push(n);
    const meta = n <= STEPS.length ? STEPS[n - 1]! : { name: "audit", label: "记录审计并完成" };
    input.onProgress?.({ step: n, of: TOTAL_STEPS, name: meta.name, label: meta.label, counts: done });
    await input.afterStep?.(n);
  }

  const final = await db.batchRun.findUniqueOrThrow({ where: { businessDate: dateColumn(businessDate) } });
  return { businessDate, alreadyCompleted: stepsRun.length === 0, stepsRun, counts: final.counts as StepCounts };
}
