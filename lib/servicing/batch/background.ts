import "server-only";
import { isDomainError, messageIn } from "@/lib/errors";
import { runDailyBatch } from "@/lib/servicing/run-daily-batch";
import type { LockRelease } from "./batch-lock";
import { BATCH_ERROR_MESSAGES } from "./messages";
import { recordBatchFailure } from "./run-in-order";
import type { BatchProgress } from "./types";

/**
 * Batch runs started from /admin/batch run in the background of this server process. This registry
 * only says which dates this process is running now and how a finished run ended; the BatchRun row
 * stays the truth for progress (a restarted server forgets the registry and the admin resumes).
 * Kept on globalThis so a dev hot reload does not forget a running job.
 */
export type BatchJob = { businessDate: string; startedAt: Date; running: boolean; progress: BatchProgress | null; error: string | null };

const holder = globalThis as unknown as { hpfBatchJobs?: Map<string, BatchJob> };
const jobs = (holder.hpfBatchJobs ??= new Map<string, BatchJob>());

export function batchJob(businessDate: string): BatchJob | null {
  return jobs.get(businessDate) ?? null;
}

/** Claims the date synchronously; false when this process already runs it (a double submit). */
export function reserveBatchJob(businessDate: string): boolean {
  if (jobs.get(businessDate)?.running) return false;
  jobs.set(businessDate, { businessDate, startedAt: new Date(), running: true, progress: null, error: null });
  return true;
}

export function releaseBatchJob(businessDate: string): void {
  if (jobs.get(businessDate)?.progress === null) jobs.delete(businessDate);
}

/**
 * Runs the reserved date without awaiting it; the job records progress and how it ended, audits a
 * failure (BATCH_DAILY_FAILED by the admin who started it) and releases the batch lock before it
 * reports the end, so a next start never finds the lock still held.
 */
export function launchBatchJob(businessDate: string, opts: { actorId: string; release: LockRelease }): void {
  const job = jobs.get(businessDate)!;
  void runDailyBatch({ businessDate, actorLabel: "batch", onProgress: (p) => (job.progress = p) })
    .then(
      () => null,
      async (error: unknown) => {
        console.error(`Daily batch ${businessDate} failed:`, error);
        await recordBatchFailure({ businessDate, actorId: opts.actorId, error });
        return (isDomainError(error) && messageIn(BATCH_ERROR_MESSAGES, error.code)) || BATCH_ERROR_MESSAGES.BATCH_FAILED;
      },
    )
    .then(async (error) => {
      await opts.release();
      job.error = error;
      job.running = false;
    });
}
