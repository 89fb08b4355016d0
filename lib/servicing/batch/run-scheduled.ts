import { db } from "@/lib/db";
import type { RunDailyBatchInput } from "@/lib/servicing/run-daily-batch";
import { lastCompletedDate } from "./batch-order";
import { tryBatchLock } from "./batch-lock";
import { recordBatchFailure, runBatchDateInOrder } from "./run-in-order";
import { dueBatchDates } from "./schedule";
import { loadBatchSchedule } from "./schedule-setting";

/** The scheduler's system actor in audit rows (the command line's is "batch"). */
export const SCHEDULER_ACTOR = "scheduler";

export type ScheduledTick =
  /** Another process holds the batch lock (a run is under way there): nothing done. */
  | { outcome: "LOCKED" }
  | { outcome: "DONE"; ran: string[] }
  /** `failed` stopped with `error`; later dates were not tried and the next tick starts again at it. */
  | { outcome: "FAILED"; ran: string[]; failed: string; error: unknown };

/**
 * One tick of the scheduler of `npm start`: under the batch lock, reads the configured time and
 * the last completed date, then runs every due date (schedule.ts) oldest first, one at a time,
 * each through runBatchDateInOrder as "scheduler". A failure is audited (BATCH_DAILY_FAILED) and
 * ends the tick, so no later date runs before it; the next tick retries it (a killed or failed
 * run resumes at its next step). `batch` passes test hooks and pinned rules through.
 */
export async function runScheduledBatches(
  opts: {
    now?: Date;
    batch?: Omit<RunDailyBatchInput, "businessDate" | "actorLabel">;
    onDate?: (businessDate: string, phase: "start" | "done") => void;
  } = {},
): Promise<ScheduledTick> {
  const release = await tryBatchLock();
  if (!release) return { outcome: "LOCKED" };
  const ran: string[] = [];
  try {
    // Read under the lock: another server may have run dates since this process last looked.
    const [{ time }, lastCompleted] = await Promise.all([loadBatchSchedule(db), lastCompletedDate(db)]);
    for (const businessDate of dueBatchDates({ lastCompleted, now: opts.now ?? new Date(), time })) {
      opts.onDate?.(businessDate, "start");
      try {
        await runBatchDateInOrder({ ...opts.batch, businessDate, actorLabel: SCHEDULER_ACTOR });
      } catch (error) {
        await recordBatchFailure({ businessDate, actorLabel: SCHEDULER_ACTOR, error });
        return { outcome: "FAILED", ran, failed: businessDate, error };
      }
      ran.push(businessDate);
      opts.onDate?.(businessDate, "done");
    }
    return { outcome: "DONE", ran };
  } finally {
    await release();
  }
}
