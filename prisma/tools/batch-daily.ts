// `npm run batch:daily -- --date=YYYY-MM-DD`: the daily batch (一天一销号) for one business date,
// against DATABASE_URL or the dev embedded PostgreSQL (.data/pg). Pending migrations are applied
// first, as `npm run dev` does. Prints each committed step and the run's counts. Like the admin
// screen it refuses a date whose previous date is not complete (lib/servicing/batch/batch-order.ts),
// and a time when another run holds the batch lock (the scheduler of `npm start`, another server):
// one line in Chinese and English, exit code 1.
import { openProjectDatabase } from "./dev-database";
import { applyMigrations } from "./migrate";
import { runCli } from "./run-helpers";

function parseDate(argv: readonly string[]): string {
  const arg = argv.find((a) => a.startsWith("--date="));
  const date = arg?.slice("--date=".length) ?? "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    console.error("Usage: npm run batch:daily -- --date=YYYY-MM-DD");
    process.exit(2);
  }
  return date;
}

/** The one-line refusals, Chinese / English (a refusal is an answer, not a crash: no stack). */
function refusalLine(code: string, details: Record<string, unknown> | undefined): string | null {
  if (code === "BATCH_PREVIOUS_INCOMPLETE") {
    const previous = String(details?.previous);
    return `前一营业日（${previous}）的日终批处理尚未完成，请按日期顺序执行 / The daily batch of the previous date ${previous} is not complete: run the dates in order.`;
  }
  if (code === "BATCH_LOCKED")
    return "另一日终批处理正在执行（自动执行或其他服务器），请等待其完成后再试 / Another daily batch run holds the lock (the scheduler or another server): try again when it has finished.";
  return null;
}

async function main(): Promise<number> {
  const businessDate = parseDate(process.argv.slice(2));
  const database = await openProjectDatabase();
  try {
    console.log(`Database: ${database.description}`);
    const { applied } = await applyMigrations(database.url);
    if (applied.length > 0) console.log(`Applied pending migrations: ${applied.join(", ")}`);
    // lib/db.ts reads DATABASE_URL on first use: set it before importing anything from lib/.
    process.env.DATABASE_URL = database.url;
    const { db } = await import("../../lib/db");
    const { withBatchLock } = await import("../../lib/servicing/batch/batch-lock");
    const { runBatchDateInOrder } = await import("../../lib/servicing/batch/run-in-order");
    const { isDomainError } = await import("../../lib/errors");
    try {
      const started = Date.now();
      const result = await withBatchLock(() =>
        runBatchDateInOrder({
          businessDate,
          actorLabel: "batch",
          onProgress: (p) => console.log(`[${p.step}/${p.of}] ${p.label} (${p.name}) ${JSON.stringify(p.counts)}`),
        }),
      ).catch((error: unknown) => {
        const refusal = isDomainError(error) ? refusalLine(error.code, error.details) : null;
        if (!refusal) throw error;
        console.error(refusal);
        return null;
      });
      if (!result) return 1;
      if (result.alreadyCompleted) console.log(`Business date ${businessDate} was already completed: nothing to do.`);
      else
        console.log(
          `Business date ${businessDate} completed in ${((Date.now() - started) / 1000).toFixed(1)} s (steps ${result.stepsRun.join(", ")}).`,
        );
      console.log(JSON.stringify(result.counts, null, 2));
      return 0;
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.close();
  }
}

runCli(main, 1);
