import { recordAudit } from "@/lib/audit/record-audit";
import { dateColumn } from "@/lib/dates/calendar";
import { inTransaction } from "@/lib/db/transaction";
import { isDomainError } from "@/lib/errors";
import { runDailyBatch, type RunDailyBatchInput, type RunDailyBatchResult } from "@/lib/servicing/run-daily-batch";
import { assertPreviousDayComplete } from "./batch-order";

/**
 * Runs one business date for a system actor (the command line "batch", the scheduler
 * "scheduler") in date order: a COMPLETED date is a no-op; otherwise the previous date must be
 * COMPLETED (batch-order.ts, the admin screen's rule), and BATCH_DAILY_STARTED / _RESUMED is
 * audited before the steps run. The caller holds the batch lock (batch-lock.ts), so nothing runs
 * another date between the check and the run.
 * Errors: BATCH_PREVIOUS_INCOMPLETE (details.previous), and runDailyBatch's.
 */
export async function runBatchDateInOrder(input: RunDailyBatchInput & { actorLabel: string }): Promise<RunDailyBatchResult> {
  const { businessDate, actorLabel } = input;
  await inTransaction(async (tx) => {
    const run = await tx.batchRun.findUnique({ where: { businessDate: dateColumn(businessDate) } });
    if (run?.status === "COMPLETED") return;
    await assertPreviousDayComplete(tx, businessDate);
    await recordAudit(tx, {
      actorLabel,
      action: run ? "BATCH_DAILY_RESUMED" : "BATCH_DAILY_STARTED",
      entityType: "BatchRun",
      entityId: businessDate,
      fromState: run ? `${run.status}:${run.step}` : null,
      toState: "RUNNING",
    });
  });
  return runDailyBatch(input);
}

/**
 * Audits a run that stopped with an error (BATCH_DAILY_FAILED, the step it had committed, the
 * error code) in its own transaction; never throws, so a database that is down only loses the
 * audit row, which the caller's log still shows.
 */
export async function recordBatchFailure(opts: {
  businessDate: string;
  actorId?: string | null;
  actorLabel?: string | null;
  error: unknown;
}): Promise<void> {
  const reason = isDomainError(opts.error) ? opts.error.code : "BATCH_FAILED";
  try {
    await inTransaction(async (tx) => {
      const run = await tx.batchRun.findUnique({
        where: { businessDate: dateColumn(opts.businessDate) },
        select: { status: true, step: true },
      });
      await recordAudit(tx, {
        actorId: opts.actorId ?? null,
        actorLabel: opts.actorLabel ?? null,
        action: "BATCH_DAILY_FAILED",
        entityType: "BatchRun",
        entityId: opts.businessDate,
        fromState: run ? `${run.status}:${run.step}` : null,
        toState: "FAILED",
        detail: { reason, message: opts.error instanceof Error ? opts.error.message.slice(0, 500) : String(opts.error) },
      });
    });
  } catch (error) {
    console.error(`Could not audit the failure of the daily batch ${opts.businessDate}:`, error);
  }
}
