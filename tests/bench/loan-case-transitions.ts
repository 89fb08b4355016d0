/**
 * Benchmark (not a test): runs N loan cases through every transition of the window flow against a
 * real PostgreSQL and reports the server time per transition (p50, p95, max).
 *
 *   npm run bench                 # N = 1000 on a throwaway embedded PostgreSQL
 *   BENCH_CASES=200 npm run bench
 *
 * Time is measured around each use-case call (what a server action spends in lib/ and the
 * database), sequentially, one case after another. The first WARMUP cases are left out of the
 * statistics (JIT and connection warm-up).
 */
import { provideTestPostgres } from "../setup/test-postgres";
import { TEMPLATE_DB, prepareTemplate } from "../setup/test-databases";
import { dropDatabase, recreateDatabase } from "../setup/pg-admin";

const CASES = Number(process.env.BENCH_CASES ?? 1000);
const WARMUP = Math.min(20, Math.floor(CASES / 10));
const BENCH_DB = "hpf_bench";

type Timings = Record<string, number[]>;

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

async function timed<T>(timings: Timings, name: string, record: boolean, run: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await run();
  if (record) (timings[name] ??= []).push(performance.now() - t0);
  return result;
}

async function runBench(): Promise<Timings> {
  const fixtures = await import("../integration/cases/fixtures");
  const { openCaseAtWindow } = await import("@/lib/cases/open-case");
  const { acceptLoanMatter } = await import("@/lib/cases/accept-loan");
  const { approveLoan } = await import("@/lib/cases/review-loan");
  const { signContracts } = await import("@/lib/cases/sign-contracts");
  const { registerMortgage } = await import("@/lib/registry/register-mortgage");
  const { recheckAndDisburse } = await import("@/lib/cases/recheck-and-disburse");

  const center = await fixtures.createCenter();
  const { teller, reviewerA, reviewerB } = center.actors;
  console.log(`[bench] creating ${CASES} applicants with homes …`);
  const applicants = [];
  for (let i = 0; i < CASES; i++) applicants.push(await fixtures.createApplicant(center));

  const timings: Timings = {};
  const started = performance.now();
  for (let i = 0; i < CASES; i++) {
    const a = applicants[i]!;
    const record = i >= WARMUP;
    const opened = await timed(timings, "open case (受理开件)", record, () =>
      openCaseAtWindow({ actor: teller, idNumber: a.applicant.idNumber }),
    );
    const accepted = await timed(timings, "accept loan (受理)", record, () =>
      acceptLoanMatter({ actor: teller, caseId: opened.caseId, ...fixtures.loanInput(a) }),
    );
    const matterId = accepted.matterId;
    await timed(timings, "approve (审核)", record, () => approveLoan({ actor: reviewerA, matterId }));
    await timed(timings, "sign contracts (签约)", record, () => signContracts({ actor: teller, matterId }));
    await timed(timings, "register mortgage (抵押登记)", record, () => registerMortgage({ actor: teller, matterId }));
    await timed(timings, "recheck + disburse (复核放款)", record, () => recheckAndDisburse({ actor: reviewerB, matterId }));
    if ((i + 1) % 100 === 0) console.log(`[bench] ${i + 1}/${CASES} cases disbursed`);
  }
  console.log(`[bench] ${CASES} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return timings;
}

function report(timings: Timings): void {
  const rows = Object.entries(timings).map(([name, values]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return {
      transition: name,
      n: sorted.length,
      p50_ms: percentile(sorted, 50).toFixed(1),
      p95_ms: percentile(sorted, 95).toFixed(1),
      max_ms: sorted.at(-1)!.toFixed(1),
    };
  });
  console.table(rows);
  console.log("| Transition | n | p50 (ms) | p95 (ms) | max (ms) |\n| --- | --- | --- | --- | --- |");
  for (const r of rows) console.log(`| ${r.transition} | ${r.n} | ${r.p50_ms} | ${r.p95_ms} | ${r.max_ms} |`);
}

const pg = await provideTestPostgres();
try {
  await prepareTemplate(pg);
  await recreateDatabase(pg.adminUrl, BENCH_DB, TEMPLATE_DB);
  process.env.DATABASE_URL = pg.urlFor(BENCH_DB);
  report(await runBench());
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await dropDatabase(pg.adminUrl, BENCH_DB);
} finally {
  await pg.stop();
}
