import { addDays, dateColumn } from "@/lib/dates/calendar";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

/**
 * The one ordering rule of the daily batch, for the admin screen, the command line and the
 * scheduler: once any date has run, a date runs only after its previous calendar date has
 * COMPLETED, because penalties accrue day by day. (The very first date of a database may be any.)
 * Errors: BATCH_PREVIOUS_INCOMPLETE (field businessDate, details.previous).
 */
export async function assertPreviousDayComplete(client: Pick<Tx, "batchRun">, businessDate: string): Promise<void> {
  const previous = addDays(businessDate, -1);
  const earlier = await client.batchRun.findFirst({
    where: { businessDate: { lt: dateColumn(businessDate) } },
    select: { businessDate: true },
  });
  if (!earlier) return;
  const previousRun = await client.batchRun.findUnique({ where: { businessDate: dateColumn(previous) }, select: { status: true } });
  if (previousRun?.status !== "COMPLETED")
    throw new DomainError("BATCH_PREVIOUS_INCOMPLETE", { field: "businessDate", details: { previous } });
}

/** The latest COMPLETED business date, or null when none has completed. */
export async function lastCompletedDate(client: Pick<Tx, "batchRun">): Promise<string | null> {
  const run = await client.batchRun.findFirst({
    where: { status: "COMPLETED" },
    orderBy: { businessDate: "desc" },
    select: { businessDate: true },
  });
  return run ? run.businessDate.toISOString().slice(0, 10) : null;
}
