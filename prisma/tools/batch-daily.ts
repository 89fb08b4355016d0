// `npm run batch:daily -- --date=YYYY-MM-DD`: the daily batch (一天一销号) for one business date,
// against DATABASE_URL or the dev embedded PostgreSQL (.data/pg). Pending migrations are applied
// first, as `npm run dev` does. Prints each committed step and the run's counts.
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
    const { runDailyBatch } = await import("../../lib/servicing/run-daily-batch");
    try {
      const started = Date.now();
      const result = await runDailyBatch({
        businessDate,
        onProgress: (p) => console.log(`[${p.step}/${p.of}] ${p.label} (${p.name}) ${JSON.stringify(p.counts)}`),
      });
      if (result.alreadyCompleted) console.log(`Business date ${businessDate} was already completed: nothing to do.`);
      else console.log(`Business date ${businessDate} completed in ${((Date.now() - started) / 1000).toFixed(1)} s (steps ${result.stepsRun.join(", ")}).`);
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
