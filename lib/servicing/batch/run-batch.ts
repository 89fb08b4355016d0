import { recordAudit } from "@/lib/audit/record-audit";
import type { BankPort } from "@/lib/bank/bank-port";
import { dateColumn, parseIsoDate } from "@/lib/dates/calendar";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadServicingSettings } from "@/lib/servicing/servicing-settings";
import { STEPS, STEP_LABELS, TOTAL_STEPS } from "./steps";
import type { BatchContext, RunDailyBatchInput, RunDailyBatchResult, StepCounts } from "./types";

/** Runs `work` in a transaction: its own per step (the app), or the seed's one open transaction. */
export type StepTransaction = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

/** Locks the date's BatchRun row and returns the committed step, so two runners never overlap. */
async function lockRun(tx: Tx, businessDate: string) {
  const rows = await tx.$queryRaw<{ step: number; counts: StepCounts }[]>`
    SELECT step, counts FROM "BatchRun" WHERE "businessDate" = ${businessDate}::date FOR UPDATE`;
  return rows[0]!;
}

/**
 * The daily batch's engine (run-daily-batch.ts wires it to lib/db and the chosen bank adapter; the
 * seed runs it inside its own transaction). Each step commits with BatchRun.step in one
 * transaction, so a run killed midway resumes at the next step and ends as one clean run would; a
 * COMPLETED date is a no-op. The penalty rule and deduction order come from the settings unless
 * the input pins them. Errors: INVALID_DATE.
 */
export async function runBatch(inTransaction: StepTransaction, bank: BankPort, input: RunDailyBatchInput): Promise<RunDailyBatchResult> {
  const { businessDate } = input;
  try {
    parseIsoDate(businessDate);
  } catch {
    throw new DomainError("INVALID_DATE", { field: "businessDate", details: { businessDate } });
  }
  const settings = input.penaltyRule && input.order ? null : await inTransaction((tx) => loadServicingSettings(tx));
  const ctx: BatchContext = {
    businessDate,
    penaltyRule: input.penaltyRule ?? settings!.penaltyRule,
    order: input.order ?? settings!.deductionOrder,
    bank,
    now: input.now ?? new Date(),
  };
  // An explicit clock (the seed's history) also stamps the run; otherwise the database's.
  const stamp = input.now ? Prisma.sql`${input.now.toISOString()}::timestamp` : Prisma.sql`now()`;
  await inTransaction(
    (tx) =>
      tx.$executeRaw`INSERT INTO "BatchRun" ("businessDate", "startedAt") VALUES (${businessDate}::date, ${stamp}) ON CONFLICT DO NOTHING`,
  );

  const stepsRun: number[] = [];
  for (let n = 1; n <= TOTAL_STEPS; n++) {
    const done = await inTransaction(async (tx) => {
      const run = await lockRun(tx, businessDate);
      if (run.step >= n) return null;
      const counts = n <= STEPS.length ? await STEPS[n - 1]!.run(tx, ctx) : {};
      const all = { ...run.counts, ...counts };
      if (n === TOTAL_STEPS) {
        await recordAudit(tx, {
          actorLabel: input.actorLabel ?? "batch",
          action: "BATCH_DAILY_COMPLETED",
          entityType: "BatchRun",
          entityId: businessDate,
          toState: "COMPLETED",
          detail: all,
        });
      }
      await tx.$executeRaw`
        UPDATE "BatchRun"
           SET step = ${n}, counts = ${JSON.stringify(all)}::jsonb,
               status = ${n === TOTAL_STEPS ? "COMPLETED" : "RUNNING"}::"BatchRunStatus",
               "finishedAt" = CASE WHEN ${n === TOTAL_STEPS} THEN ${stamp} END
         WHERE "businessDate" = ${businessDate}::date`;
      return counts;
    });
    if (done === null) continue;
    stepsRun.push(n);
    const meta = STEP_LABELS[n - 1]!;
    input.onProgress?.({ step: n, of: TOTAL_STEPS, name: meta.name, label: meta.label, counts: done });
    await input.afterStep?.(n);
  }

  const final = await inTransaction((tx) => tx.batchRun.findUniqueOrThrow({ where: { businessDate: dateColumn(businessDate) } }));
  return { businessDate, alreadyCompleted: stepsRun.length === 0, stepsRun, counts: final.counts as StepCounts };
}
