/**
 * Runs one command against a prepared test PostgreSQL, the way tests/run-all.ts does:
 *   tsx tests/setup/with-test-db.ts vitest run --project integration
 *   tsx tests/setup/with-test-db.ts playwright test [args]
 * For a Playwright command it also seeds hpf_e2e and picks the server port (HPF_E2E_PORT or free).
 */
import { ensureBrowser } from "./browser";
import { currentChild, runCommand } from "./child";
import { portFromEnv } from "./free-port";
import { dropTestDatabases, e2eEnv, integrationEnv, prepareE2eDatabase, prepareTemplate } from "./test-databases";
import { provideTestPostgres, type TestPostgres } from "./test-postgres";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: tsx tests/setup/with-test-db.ts <command> [args...]");
  process.exit(2);
}

const isPlaywright = /playwright/.test(command);
if (isPlaywright) {
  // Before any database work: a missing browser is one clear line, not a Playwright stack trace.
  const browser = ensureBrowser();
  if (!browser.ok) {
    console.error(`[test-db] ${browser.reason}`);
    process.exit(1);
  }
}

let pg: TestPostgres | undefined;
let interrupted = false;

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    interrupted = true;
    currentChild()?.kill("SIGINT");
  });
}

let exitCode = 1;
try {
  pg = await provideTestPostgres();
  console.log(`[test-db] using ${pg.description}`);
  await prepareTemplate(pg);
  let env: Record<string, string> = integrationEnv(pg);
  if (isPlaywright && !interrupted) {
    const url = await prepareE2eDatabase(pg);
    env = { ...env, ...e2eEnv(url, await portFromEnv("HPF_E2E_PORT")) };
  }
  if (!interrupted) exitCode = await runCommand(command, args, { ...process.env, ...env });
} catch (error) {
  console.error("[test-db] setup failed:", error);
} finally {
  if (pg) await dropTestDatabases(pg).catch((error: unknown) => console.error("[test-db] cleanup failed:", error));
  await pg?.stop().catch((error: unknown) => console.error("[test-db] could not stop PostgreSQL:", error));
}
process.exit(interrupted ? 130 : exitCode);
