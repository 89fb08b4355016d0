// `npm run audit:verify`: recomputes the audit log's hash chain (lib/audit/verify-chain.ts) against
// DATABASE_URL or the dev embedded PostgreSQL (.data/pg) and reports the first broken link, then
// checks the signed checkpoint kept outside the database (prisma/tools/audit-checkpoint-store.ts),
// which catches a deleted or recomputed tail; when all holds, the checkpoint moves to the head.
// `--no-checkpoint-write` checks without moving it.
// Pending migrations are applied first, as `npm run dev` does. Exit code 0: intact, 1: broken.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { CHECKPOINT_PROBLEM_LABELS, databaseIdentity } from "../../lib/audit/checkpoint";
import { defaultCheckpointStore } from "./audit-checkpoint-store";
import { verifyWithCheckpoint } from "./audit-verify-checkpoint";
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
      const store = defaultCheckpointStore();
      const write = !process.argv.includes("--no-checkpoint-write");
      const result = await verifyWithCheckpoint(prisma, databaseIdentity(database.url), store, { write });
      const report = result.chain;
      const cp = result.checkpoint;
      if (cp) console.log(`检查点 / Checkpoint (${store.file}): #${cp.chainSeq} ${cp.hash} of ${cp.at}`);
      else console.log(`检查点 / Checkpoint: none yet for this database (${store.file})`);
      if (result.ok) {
        console.log(
          `审计链完整 / Audit chain intact: ${report.checked} entries, head #${report.lastSeq ?? "-"} ${report.headHash ?? "-"} (${report.elapsedMs} ms)`,
        );
        if (result.advancedTo) console.log(`检查点已更新 / Checkpoint moved to #${result.advancedTo}`);
        return 0;
      }
      if (report.ok) {
        const problem = result.checkpointProblem!;
        console.log(`审计链与检查点不符 / Audit chain does NOT match its checkpoint: ${problem} ${CHECKPOINT_PROBLEM_LABELS[problem]}`);
        console.log(`  the chain now ends at #${report.lastSeq ?? "-"} ${report.headHash ?? "-"} (${report.checked} entries)`);
        return 1;
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
