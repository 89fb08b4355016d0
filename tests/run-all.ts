/**
 * `npm test`: every check CI runs, in order, each as a child process with its own output:
 * typecheck, lint, unit, integration, build, browser, e2e. It keeps going after a failure so one run
 * shows every problem, skips e2e when the build failed or there is no browser, and ends with one
 * SUMMARY line. The browser step finds a Chromium or installs Debian's (tests/setup/browser.ts).
 * PostgreSQL (integration, e2e): DATABASE_URL's server if set, else one embedded server for the run.
 */
import { ensureBrowser } from "./setup/browser";
import { currentChild, runCommand } from "./setup/child";
import { portFromEnv } from "./setup/free-port";
import { dropTestDatabases, e2eEnv, integrationEnv, prepareE2eDatabase, prepareTemplate } from "./setup/test-databases";
import { provideTestPostgres, type TestPostgres } from "./setup/test-postgres";

type Outcome = { name: string; status: "passed" | "failed" | "skipped"; seconds: number; note?: string };

const started = Date.now();
const outcomes: Outcome[] = [];
let interrupted = false;
let pg: TestPostgres | undefined;
let templateReady: Promise<void> | undefined;
let browserProblem: string | undefined;

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) currentChild()?.kill("SIGKILL");
    interrupted = true;
    // NOTE: Ctrl-C already reached the child; a second SIGINT is harmless for our tools, and needed
    // when only this process was signalled (Playwright then stops its web server cleanly).
    currentChild()?.kill("SIGINT");
  });
}

/** Runs one step; a thrown error (e.g. database setup) counts as its failure. */
async function step(name: string, body: () => Promise<number>, skip?: string): Promise<boolean> {
  if (interrupted) skip = "interrupted";
  if (skip) {
    console.log(`\n━━ ${name}: skipped (${skip})`);
    outcomes.push({ name, status: "skipped", seconds: 0, note: skip });
    return false;
  }
  console.log(`\n━━ ${name}`);
  const t0 = Date.now();
  let code: number;
  try {
    code = await body();
  } catch (error) {
    console.error(`[run-all] ${name} could not run:`, error);
    code = 1;
  }
  const seconds = Math.round((Date.now() - t0) / 1000);
  const status = code === 0 ? "passed" : "failed";
  console.log(`━━ ${name}: ${status} in ${seconds}s`);
  outcomes.push({ name, status, seconds });
  return code === 0;
}

/** Starts (or connects to) PostgreSQL and builds the template once, on first need. */
function testDatabase(): Promise<void> {
  templateReady ??= (async () => {
    pg = await provideTestPostgres();
    console.log(`[run-all] PostgreSQL: ${pg.description}`);
    await prepareTemplate(pg);
  })();
  return templateReady;
}

/** Starts a tool unless Ctrl-C came while we were preparing (e.g. seeding). */
function run(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<number> {
  return interrupted ? Promise.resolve(130) : runCommand(command, args, env);
}

function summary(): string {
  const count = (s: Outcome["status"]) => outcomes.filter((o) => o.status === s).length;
  const mark = { passed: "✓", failed: "✗", skipped: "-" } as const;
  const parts = outcomes.map((o) => `${o.name} ${mark[o.status]} ${o.status === "skipped" ? o.note : `${o.seconds}s`}`);
  const skipped = count("skipped") ? `, ${count("skipped")} skipped` : "";
  const total = Math.round((Date.now() - started) / 1000);
  return `SUMMARY: ${outcomes.length} steps, ${count("passed")} passed, ${count("failed")} failed${skipped} (${parts.join(", ")}) in ${total}s`;
}

try {
  await step("typecheck", () => run("tsc", ["--noEmit"]));
  await step("lint", async () => {
    const eslint = await run("eslint", ["--max-warnings=0", "."]);
    // Formatting is part of lint: one style, checked, never argued about in review.
    const prettier = await run("prettier", ["--check", "--log-level=warn", "."]);
    return eslint || prettier;
  });
  await step("unit", () => run("vitest", ["run", "--project", "unit"]));
  await step("integration", async () => {
    await testDatabase();
    return run("vitest", ["run", "--project", "integration"], { ...process.env, ...integrationEnv(pg!) });
  });
  // The build must not need a database: pages that read data render per request.
  const buildEnv = { ...process.env };
  delete buildEnv.DATABASE_URL;
  const built = await step("build", () => run("npm", ["run", "build"], buildEnv));
  const haveBrowser = await step("browser", async () => {
    const found = ensureBrowser();
    if (found.ok) {
      console.log(`[run-all] Chromium: ${found.browser.executablePath} (${found.browser.kind})`);
      return 0;
    }
    browserProblem = found.reason;
    console.error(`[run-all] ${found.reason}`);
    return 1;
  });
  await step(
    "e2e",
    async () => {
      await testDatabase();
      const url = await prepareE2eDatabase(pg!);
      const port = await portFromEnv("HPF_E2E_PORT");
      return run("playwright", ["test"], { ...process.env, ...e2eEnv(url, port) });
    },
    !built ? "build failed" : !haveBrowser ? "no browser" : undefined,
  );
} finally {
  if (pg) await dropTestDatabases(pg).catch((error: unknown) => console.error("[run-all] cleanup failed:", error));
  await pg?.stop().catch((error: unknown) => console.error("[run-all] could not stop PostgreSQL:", error));
}

console.log(`\n${summary()}`);
if (browserProblem) console.log(`e2e not run: ${browserProblem}`);
const failed = interrupted || outcomes.some((o) => o.status !== "passed");
process.exit(interrupted ? 130 : failed ? 1 : 0);
