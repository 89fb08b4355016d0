import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { dateColumn, parseIsoDate, todayInShanghai } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import { launchBatchJob, releaseBatchJob, reserveBatchJob } from "./background";
import { tryBatchLock, type LockRelease } from "./batch-lock";
import { assertPreviousDayComplete } from "./batch-order";

/**
 * ADMIN starts the daily batch for a business date in the background (background.ts) and returns
 * at once; the screen polls the BatchRun row. Rules: a real date, not after today (Asia/Shanghai);
 * a COMPLETED date or one this server is already running is refused (so a double submit starts
 * nothing); once any date has run, D − 1 must be COMPLETED (batch-order.ts, the one rule the
 * command line and the scheduler share). The job holds the batch lock (batch-lock.ts) until it
 * ends, so it never runs beside the scheduler or another server. A RUNNING row nobody runs (a
 * killed run) is resumed. Audit BATCH_DAILY_STARTED.
 * Errors: FORBIDDEN_ROLE, INVALID_DATE, BATCH_DATE_IN_FUTURE, BATCH_ALREADY_COMPLETED,
 * BATCH_ALREADY_RUNNING, BATCH_LOCKED (another run holds the lock), BATCH_PREVIOUS_INCOMPLETE
 * (details.previous).
 */
export async function startDailyBatch(opts: {
  actor: Actor;
  businessDate: string;
  now?: Date;
}): Promise<{ businessDate: string; resumed: boolean }> {
  requireActorRole(opts.actor, "ADMIN");
  const { businessDate } = opts;
  try {
    parseIsoDate(businessDate);
  } catch {
    throw new DomainError("INVALID_DATE", { field: "businessDate" });
  }
  if (businessDate > todayInShanghai(opts.now)) throw new DomainError("BATCH_DATE_IN_FUTURE", { field: "businessDate" });
  if (!reserveBatchJob(businessDate)) throw new DomainError("BATCH_ALREADY_RUNNING", { field: "businessDate" });
  let release: LockRelease | null = null;
  try {
    release = await tryBatchLock();
    if (!release) throw new DomainError("BATCH_LOCKED", { field: "businessDate" });
    const resumed = await inTransaction(async (tx) => {
      const run = await tx.batchRun.findUnique({ where: { businessDate: dateColumn(businessDate) } });
      if (run?.status === "COMPLETED") throw new DomainError("BATCH_ALREADY_COMPLETED", { field: "businessDate" });
      await assertPreviousDayComplete(tx, businessDate);
      await recordAudit(tx, {
        actorId: opts.actor.userId,
        action: run ? "BATCH_DAILY_RESUMED" : "BATCH_DAILY_STARTED",
        entityType: "BatchRun",
        entityId: businessDate,
        fromState: run ? `${run.status}:${run.step}` : null,
        toState: "RUNNING",
      });
      return run !== null;
    });
    launchBatchJob(businessDate, { actorId: opts.actor.userId, release });
    return { businessDate, resumed };
  } catch (error) {
    releaseBatchJob(businessDate);
    await release?.();
    throw error;
  }
}
