import { PrismaPg } from "@prisma/adapter-pg";
import { parseIsoDate, todayInShanghai } from "../lib/dates/calendar";
import { PrismaClient } from "../lib/generated/prisma/client";
import { buildSeedRows } from "./seed/build";
import { DEMO_CITIZENS, DEMO_PASSWORD, DEMO_STAFF } from "./seed/demo-accounts";
import { EXTRA_TELLERS } from "./seed/staff";
import { seedFraudScenarios } from "./seed/fraud";
import { seedProjects } from "./seed/projects";
import { seedKpi } from "./seed/kpi";
import { seedStaffAdmin } from "./seed/staffadmin";
import { closeSeededSmsOutbox } from "./seed/notifications";
import { writeSeedRows } from "./seed/write";
import { seedEmployerAgents } from "./seed/employer-agents";
import { seedTransfers } from "./seed/transfers";
import { seedCitizenAccess } from "./seed/citizen-access";
import { seedWindowDuties } from "./seed/window-duties";
import { seedFailedSms } from "./seed/sms-failures";
import { seedPendingLeave } from "./seed/leaves";

/**
 * The deterministic demo data set: one fund center, its windows, employers, 2,000+ depositors with
 * contribution histories, the real-estate registry, loans in every status and cases in every stage.
 * The seed constant and the as-of date decide every row, ids included: same as-of ⇒ same data.
 * Tooling, not app code: it builds its own client instead of importing the server-only lib/db.ts.
 */

/** opts.asOf, else HPF_SEED_ASOF, else today in Asia/Shanghai. */
export function resolveAsOf(asOf?: string): string {
  const value = asOf ?? process.env.HPF_SEED_ASOF ?? todayInShanghai();
  parseIsoDate(value);
  return value;
}

function client(databaseUrl: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

/** True when the database has no users yet (a fresh database the runner should seed). */
export async function isDatabaseEmpty(databaseUrl: string): Promise<boolean> {
  const prisma = client(databaseUrl);
  try {
    return (await prisma.user.findFirst({ select: { id: true } })) === null;
  } finally {
    await prisma.$disconnect();
  }
}

/** Seeds an empty, migrated database in one transaction. Prints nothing; returns a summary. */
export async function seedDemoData(databaseUrl: string, opts: { asOf?: string } = {}): Promise<{ summary: string }> {
  const started = performance.now();
  const build = buildSeedRows(resolveAsOf(opts.asOf));
  const prisma = client(databaseUrl);
  let extras: string;
  try {
    extras = await prisma.$transaction(
      async (tx) => {
        await writeSeedRows(tx, build.rows);
        const projectsSummary = await seedProjects(tx, build.asOf);
        const fraud = await seedFraudScenarios(tx, build.asOf);
        const agents = await seedEmployerAgents(tx);
        const kpi = await seedKpi(tx, build.asOf);
        await seedWindowDuties(tx); // kpi2: the supervisors' windows (after seedKpi made them)
        await seedTransfers(tx); // transfers (issue 15.4): the transfer-platform simulator's data
        await seedPendingLeave(tx, build.asOf); // 撤销减员 demo: one pending leave of agent01's employer
        const staffAdmin = await seedStaffAdmin(tx);
        await seedCitizenAccess(tx); // auth2: project02, whose password the demo and e2e reset (/admin/staff)
        await seedFailedSms(tx, build.asOf); // the /admin/sms screen's failed messages (FAILED: not touched below)
        await closeSeededSmsOutbox(tx); // keep last: the seeded history's SMS are not sent
        return `${projectsSummary}\n  ${fraud.summary}\n  ${agents}\n  ${kpi}\n  ${staffAdmin}`;
      },
      { maxWait: 30_000, timeout: 600_000 },
    );
  } finally {
    await prisma.$disconnect();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const r = build.rows;
  const statuses = Object.entries(build.loanStatusCounts)
    .map(([status, n]) => `${status} ${n}`)
    .join(", ");
  const summary = [
    `Demo data seeded as of ${build.asOf} in ${seconds} s:`,
    `  ${r.employers.length} employers, ${r.depositors.length} depositors/accounts, ${r.contributions.length} contributions, ${r.ledgerEntries.length} ledger entries`,
    `  ${r.units.length} property units, ${r.certificates.length} certificates, ${r.mortgages.length} mortgages`,
    `  ${r.loans.length} loans (${statuses}), ${r.installments.length} installments, ${r.cases.length} cases`,
    `  ${extras}`,
    `  Sign in with password ${DEMO_PASSWORD}: ${[...DEMO_STAFF, ...EXTRA_TELLERS].map((a) => a.loginName).join(", ")};`,
    `  citizens by ID number, e.g. ${DEMO_CITIZENS.map((c) => `${c.loginName} (${c.displayName})`).join(", ")}`,
  ].join("\n");
  return { summary };
}
