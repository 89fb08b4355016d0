import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { dateColumn, parseIsoDate, todayInShanghai } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import { launchBatchJob, releaseBatchJob, reserveBatchJob } from "./background";

function dayBefore(iso: string): string {
  const d = dateColumn(iso);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * ADMIN starts the daily batch for a business date in the background (background.ts) and returns
 * at once; the screen polls the BatchRun row. Rules: a real date, not after today (Asia/Shanghai);
 * a COMPLETED date or one this server is already running is refused (so a double submit starts
 * nothing); once any date has run, D − 1 must be COMPLETED, because penalties accrue day by day. A
 * RUNNING row nobody runs (a killed run) is resumed. Audit BATCH_DAILY_STARTED.
 * Errors: FORBIDDEN_ROLE, INVALID_DATE, BATCH_DATE_IN_FUTURE, BATCH_ALREADY_COMPLETED,
 * BATCH_ALREADY_RUNNING, BATCH_PREVIOUS_INCOMPLETE (details.previous).
 */
export async function startDailyBatch(opts: { actor: Actor; businessDate: string; now?: Date }): Promise<{ businessDate: string; resumed: boolean }> {
  requireActorRole(opts.actor, "ADMIN");
  const { businessDate } = opts;
  try {
    parseIsoDate(businessDate);
  } catch {
    throw new DomainError("INVALID_DATE", { field: "businessDate" });
  }
  if (businessDate > todayInShanghai(opts.now)) throw new DomainError("BATCH_DATE_IN_FUTURE", { field: "businessDate" });
  if (!reserveBatchJob(businessDate)) throw new DomainError("BATCH_ALREADY_RUNNING", { field: "businessDate" });
  try {
    const resumed = await inTransaction(async (tx) => {
      const run = await tx.batchRun.findUnique({ where: { businessDate: dateColumn(businessDate) } });
      if (run?.status === "COMPLETED") throw new DomainError("BATCH_ALREADY_COMPLETED", { field: "businessDate" });
      const previous = dayBefore(businessDate);
      const earlier = await tx.batchRun.findFirst({ where: { businessDate: { lt: dateColumn(businessDate) } }, select: { businessDate: true } });
      const previousRun = await tx.batchRun.findUnique({ where: { businessDate: dateColumn(previous) }, select: { status: true } });
      if (earlier && previousRun?.status !== "COMPLETED") throw new DomainError("BATCH_PREVIOUS_INCOMPLETE", { field: "businessDate", details: { previous } });
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
    launchBatchJob(businessDate, "batch");
    return { businessDate, resumed };
  } catch (error) {
    releaseBatchJob(businessDate);
    throw error;
  }
}

