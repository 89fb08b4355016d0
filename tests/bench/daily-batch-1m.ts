/**
 * Benchmark (not a test): the daily batch (一天一销号) over a book of 1,000,000 active loans.
 *
 *   npm run bench:batch                    # BENCH_LOANS=1000000 by default
 *
 * 1. generates the loan book set-based in PostgreSQL (tests/bench/servicing/generate-loan-book.ts);
 * 2. clones it twice, so both runs start from identical data and a cold-ish cache, each after a
 *    CHECKPOINT so neither pays for writing out the other's pages;
 * 3. runs the raw SQL floor on one clone (servicing/raw-floor.ts) and runDailyBatch on the other;
 * 4. reports both times, the ratio (target ≤ 1.5×) and this Node process's peak RSS during the
 *    batch (target ≤ 500 MB), and checks both runs settled and marked the same installments.
 */
import pg from "pg";
import { provideTestPostgres } from "../setup/test-postgres";
import { TEMPLATE_DB, prepareTemplate } from "../setup/test-databases";
import { dropDatabase, recreateDatabase } from "../setup/pg-admin";
import { generateLoanBook } from "./servicing/generate-loan-book";
import { runRawFloor } from "./servicing/raw-floor";

const LOANS = Number(process.env.BENCH_LOANS ?? 1_000_000);
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

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

const pgServer = await provideTestPostgres();
try {
  await prepareTemplate(pgServer);
  await recreateDatabase(pgServer.adminUrl, BOOK_DB, TEMPLATE_DB);
  let t = performance.now();
  await withClient(pgServer.urlFor(BOOK_DB), (c) => generateLoanBook(c, { loans: LOANS, businessDate: BUSINESS_DATE }));
  console.log(`[bench] generated ${LOANS.toLocaleString("en")} loans (${(LOANS * 12).toLocaleString("en")} installments) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await recreateDatabase(pgServer.adminUrl, FLOOR_DB, BOOK_DB);
  await recreateDatabase(pgServer.adminUrl, BATCH_DB, BOOK_DB);
  await dropDatabase(pgServer.adminUrl, BOOK_DB);

  // Each timed run starts from a quiet server: the clones' and the other run's dirty pages written out.
  const checkpoint = () => withClient(pgServer.adminUrl, (c) => c.query("CHECKPOINT"));
  await checkpoint();
  t = performance.now();
  await withClient(pgServer.urlFor(FLOOR_DB), (c) => runRawFloor(c, BUSINESS_DATE));
  const floorSeconds = (performance.now() - t) / 1000;
  console.log(`[bench] raw SQL floor: ${floorSeconds.toFixed(2)} s`);

  process.env.DATABASE_URL = pgServer.urlFor(BATCH_DB);
  const { runDailyBatch } = await import("@/lib/servicing/run-daily-batch");
  const { db } = await import("@/lib/db");
  await checkpoint();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  t = performance.now();
  const result = await runDailyBatch({
    businessDate: BUSINESS_DATE,
    onProgress: (p) => console.log(`[bench]   ${p.step}/${p.of} ${p.label} ${((performance.now() - t) / 1000).toFixed(2)} s ${JSON.stringify(p.counts)}`),
  });
  const batchSeconds = (performance.now() - t) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  await db.$disconnect();
  console.log(`[bench] daily batch: ${batchSeconds.toFixed(2)} s (${result.stepsRun.length} steps)`);

  const [floorOutcome, batchOutcome] = [await outcome(pgServer.urlFor(FLOOR_DB)), await outcome(pgServer.urlFor(BATCH_DB))];
  console.log(`[bench] floor outcome: ${floorOutcome}`);
  console.log(`[bench] batch outcome: ${batchOutcome}`);
  if (floorOutcome !== batchOutcome) console.log("[bench] WARNING: the floor and the batch disagree on the outcome");
  console.log(
    `[bench] ${LOANS.toLocaleString("en")} loans: batch ${batchSeconds.toFixed(2)} s, floor ${floorSeconds.toFixed(2)} s, ratio ${(batchSeconds / floorSeconds).toFixed(2)}× (target ≤ 1.5×); ` +
      `peak RSS of this Node process ${mb(peakRss)} (target ≤ 500 MB)`,
  );
  await dropDatabase(pgServer.adminUrl, FLOOR_DB);
  await dropDatabase(pgServer.adminUrl, BATCH_DB);
} finally {
  await pgServer.stop();
}
