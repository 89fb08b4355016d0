/**
 * Benchmark (not a test): the daily batch (一天一销号) over a book of 1,000,000 active loans.
 *
 *   npm run bench:batch                    # BENCH_LOANS=1000000 by default
 *
 * 1. generates the loan book set-based in PostgreSQL (tests/bench/servicing/generate-loan-book.ts);
 * 2. BENCH_ROUNDS times (default 3): clones it and runs the raw SQL floor (servicing/raw-floor.ts),
 *    then clones it again and runs runDailyBatch — each from identical data, a cold-ish cache and
 *    a CHECKPOINT, so neither pays for writing out the other's pages;
 * 3. reports every run, the medians, their ratio (target ≤ 1.5×) and this Node process's peak RSS
 *    during the batches (target ≤ 500 MB), and checks both settled and marked the same installments.
 */
import pg from "pg";
import { provideTestPostgres } from "../setup/test-postgres";
import { TEMPLATE_DB, prepareTemplate } from "../setup/test-databases";
import { dropDatabase, recreateDatabase } from "../setup/pg-admin";
import { generateLoanBook } from "./servicing/generate-loan-book";
import { runRawFloor } from "./servicing/raw-floor";

const LOANS = Number(process.env.BENCH_LOANS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BUSINESS_DATE = "2026-11-26";
const BOOK_DB = "hpf_bench_book";
const FLOOR_DB = "hpf_bench_floor";
const BATCH_DB = "hpf_bench_batch";

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Installments by status and the overdue loans: what both runs must agree on. */
async function outcome(url: string): Promise<string> {
  return withClient(url, async (c) => {
    const inst = await c.query(`SELECT status, count(*)::int AS n FROM "LoanInstallment" GROUP BY status ORDER BY status`);
    const loans = await c.query(`SELECT status, count(*)::int AS n FROM "Loan" GROUP BY status ORDER BY status`);
    const penalties = await c.query(`SELECT count(*)::int AS n, coalesce(sum(amount), 0)::text AS total FROM "PenaltyPosting"`);
    return JSON.stringify({ installments: inst.rows, loans: loans.rows, penalties: penalties.rows[0] });
  });
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

const pgServer = await provideTestPostgres();
try {
  await prepareTemplate(pgServer);
  await recreateDatabase(pgServer.adminUrl, BOOK_DB, TEMPLATE_DB);
  let t = performance.now();
  await withClient(pgServer.urlFor(BOOK_DB), (c) => generateLoanBook(c, { loans: LOANS, businessDate: BUSINESS_DATE }));
  console.log(
    `[bench] generated ${LOANS.toLocaleString("en")} loans (${(LOANS * 12).toLocaleString("en")} installments) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  // Each timed run starts from a fresh clone of the book on a quiet server (the clone's and the
  // other run's dirty pages written out first); the rounds alternate floor and batch.
  const checkpoint = () => withClient(pgServer.adminUrl, (c) => c.query("CHECKPOINT"));
  process.env.DATABASE_URL = pgServer.urlFor(BATCH_DB);
  const { runDailyBatch } = await import("@/lib/servicing/run-daily-batch");
  const { db } = await import("@/lib/db");
  const floors: number[] = [];
  const batches: number[] = [];
  let peakRss = process.memoryUsage().rss;
  let disagreements = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    await recreateDatabase(pgServer.adminUrl, FLOOR_DB, BOOK_DB);
    await checkpoint();
    t = performance.now();
    await withClient(pgServer.urlFor(FLOOR_DB), (c) => runRawFloor(c, BUSINESS_DATE));
    floors.push((performance.now() - t) / 1000);
    console.log(`[bench] round ${round}: raw SQL floor ${floors.at(-1)!.toFixed(2)} s`);
    const floorOutcome = await outcome(pgServer.urlFor(FLOOR_DB));
    await dropDatabase(pgServer.adminUrl, FLOOR_DB);

    await recreateDatabase(pgServer.adminUrl, BATCH_DB, BOOK_DB);
    await checkpoint();
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    t = performance.now();
    const result = await runDailyBatch({
      businessDate: BUSINESS_DATE,
      onProgress: (p) =>
        console.log(`[bench]   ${p.step}/${p.of} ${p.label} ${((performance.now() - t) / 1000).toFixed(2)} s ${JSON.stringify(p.counts)}`),
    });
    batches.push((performance.now() - t) / 1000);
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    console.log(`[bench] round ${round}: daily batch ${batches.at(-1)!.toFixed(2)} s (${result.stepsRun.length} steps)`);
    // The next round recreates the database: close this client; lib/db opens a new one on first use.
    await db.$disconnect();
    delete (globalThis as { hpfDb?: unknown }).hpfDb;
    const batchOutcome = await outcome(pgServer.urlFor(BATCH_DB));
    if (round === 1) console.log(`[bench] outcome (floor = batch expected): ${batchOutcome}`);
    if (floorOutcome !== batchOutcome) {
      disagreements++;
      console.log(`[bench] WARNING: the floor and the batch disagree on the outcome\n  floor ${floorOutcome}\n  batch ${batchOutcome}`);
    }
    await dropDatabase(pgServer.adminUrl, BATCH_DB);
  }
  await dropDatabase(pgServer.adminUrl, BOOK_DB);

  const floor = median(floors);
  const batch = median(batches);
  const list = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(", ");
  console.log(
    `[bench] floor runs: ${list(floors)} s; batch runs: ${list(batches)} s; outcomes ${disagreements === 0 ? "identical" : "DIFFER"}`,
  );
  console.log(
    `[bench] ${LOANS.toLocaleString("en")} loans, median of ${ROUNDS}: batch ${batch.toFixed(2)} s, floor ${floor.toFixed(2)} s, ratio ${(batch / floor).toFixed(2)}× (target ≤ 1.5×); ` +
      `peak RSS of this Node process ${mb(peakRss)} (target ≤ 500 MB)`,
  );
} finally {
  await pgServer.stop();
}
