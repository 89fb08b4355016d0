/**
 * Benchmark (not a test): a 10,000-row remittance CSV for one employer against a real PostgreSQL,
 * in its two steps: postRemittance (parse, validate every row against the database, hold the rows
 * in one transaction) and, after the simulated bank transfer, importRemittanceReceipts (credit
 * contributions + ledger entries + balances in one transaction). Reports the wall time of each and
 * of both. Target ≤ 5 s for both together.
 *
 *   npm run bench:remittance            # BENCH_ROWS=10000 RUNS=3 by default
 */
import { provideTestPostgres } from "../setup/test-postgres";
import { TEMPLATE_DB, prepareTemplate } from "../setup/test-databases";
import { dropDatabase, recreateDatabase } from "../setup/pg-admin";

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 3);
const BENCH_DB = "hpf_bench_remittance";

async function oneRun(run: number): Promise<{ post: number; receipt: number }> {
  const { postRemittance } = await import("@/lib/remittances/post-remittance");
  const { importRemittanceReceipts } = await import("@/lib/remittances/import-receipts");
  const { simulateEmployerTransfer } = await import("@/lib/remittances/simulate-transfer");
  const { employerWithStaffCsv, remittanceParties } = await import("../integration/remittances/fixtures");

  const { employer, agent, admin } = await remittanceParties(`91320100BEN${String(run).padStart(5, "0")}X`);
  const csv = await employerWithStaffCsv(employer.id, ROWS, { tag: `r${run}-`, accountPrefix: `R${run}`, region: String(320102 + run) });

  const now = new Date("2026-03-10T02:00:00Z");
  const t0 = performance.now();
  const result = await postRemittance({
    employerId: employer.id,
    month: "2026-03-01",
    actor: agent,
    source: "CSV",
    file: new TextEncoder().encode(csv),
    now,
  });
  const post = (performance.now() - t0) / 1000;
  if (!result.ok) throw new Error(`the benchmark file was refused: ${JSON.stringify(result.errors.slice(0, 3))}`);
  await simulateEmployerTransfer({ actor: agent, remittanceId: result.remittanceId, amount: result.total, now });
  const t1 = performance.now();
  const imported = await importRemittanceReceipts({ actor: admin, businessDate: "2026-03-10", now });
  const receipt = (performance.now() - t1) / 1000;
  if (imported.credited !== 1) throw new Error(`the benchmark receipt was not credited: ${JSON.stringify(imported)}`);
  return { post, receipt };
}

const pg = await provideTestPostgres();
try {
  await prepareTemplate(pg);
  await recreateDatabase(pg.adminUrl, BENCH_DB, TEMPLATE_DB);
  process.env.DATABASE_URL = pg.urlFor(BENCH_DB);
  const times: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const { post, receipt } = await oneRun(run);
    times.push(post + receipt);
    console.log(
      `[bench] run ${run}: ${ROWS}-row remittance submitted in ${post.toFixed(2)} s, credited by its receipt in ${receipt.toFixed(2)} s, ${(post + receipt).toFixed(2)} s together`,
    );
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `[bench] ${ROWS} rows: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} s, best ${sorted[0]!.toFixed(2)} s, worst ${sorted.at(-1)!.toFixed(2)} s`,
  );
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await dropDatabase(pg.adminUrl, BENCH_DB);
} finally {
  await pg.stop();
}
