// `npm run audit:verify`: recomputes the audit log's hash chain (lib/audit/verify-chain.ts) against
// DATABASE_URL or the dev embedded PostgreSQL (.data/pg) and reports the first broken link.
// Pending migrations are applied first, as `npm run dev` does. Exit code 0: intact, 1: broken.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { verifyAuditChain } from "../../lib/audit/verify-chain";
import { openProjectDatabase } from "./dev-database";
import { applyMigrations } from "./migrate";
import { runCli } from "./run-helpers";

async function main(): Promise<number> {
  const database = await openProjectDatabase();
  try {
    console.log(`Database: ${database.description}`);
    const { applied } = await applyMigrations(database.url);
    if (applied.length > 0) console.log(`Applied pending migrations: ${applied.join(", ")}`);
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    try {
      const report = await verifyAuditChain(prisma);
      if (report.ok) {
        console.log(`审计链完整 / Audit chain intact: ${report.checked} entries, head #${report.lastSeq ?? "-"} ${report.headHash ?? "-"} (${report.elapsedMs} ms)`);
        return 0;
      }
      const b = report.firstBreak!;
      console.log(`审计链断裂 / Audit chain BROKEN after ${report.checked} good entries (${report.elapsedMs} ms):`);
      console.log(`  first broken link: chainSeq ${b.chainSeq ?? "(none)"}, id ${b.id}, ${b.problem}`);
      console.log(`  expected: ${b.expected}\n  stored:   ${b.stored ?? "(null)"}`);
      return 1;
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await database.close();
  }
}

runCli(main, 2);
