/**
 * The server under load. With HPF_LOAD_URL: that running server (the seeded demo database is
 * assumed). Otherwise: a throwaway embedded PostgreSQL (DATABASE_URL's server when set), migrated
 * and seeded with the demo data, and the production server started the way `npm start` starts it
 * (prisma/tools/run.ts start: migrations, `next build` only if there is no build, `next start`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import { projectRoot, dataDir } from "../../../prisma/tools/project-paths";
import { provideTestPostgres, type TestPostgres } from "../../setup/test-postgres";
import { TEMPLATE_DB, prepareTemplate } from "../../setup/test-databases";
import { dropDatabase, recreateDatabase } from "../../setup/pg-admin";
import { portFromEnv } from "../../setup/free-port";
import { isListening } from "../../../prisma/tools/run-helpers";
import { httpGet } from "./http";

const BENCH_DB = "hpf_bench_load";
const TSX = path.join(projectRoot, "node_modules", ".bin", "tsx");
const START_TIMEOUT_MS = 15 * 60_000; // room for a first `next build` on a busy machine

export type ServerUnderLoad = {
  baseUrl: string;
  /** The server's root process (for RSS), or null for HPF_LOAD_URL. */
  pid: number | null;
  /** A verification code /verify finds, or null (then /verify gets an unknown code). */
  verifyCode: string | null;
  stop(): Promise<void>;
};

export class ServerDidNotStart extends Error {}

export async function externalServer(baseUrl: string): Promise<ServerUnderLoad> {
  const health = await httpGet(baseUrl, "/api/health"); // throws ServerUnreachable when down
  if (!health.ok) throw new ServerDidNotStart(`${baseUrl}/api/health answered ${health.status}: the server is not ready`);
  return { baseUrl, pid: null, verifyCode: process.env.HPF_LOAD_VERIFY_CODE ?? null, stop: async () => undefined };
}

async function seededDatabase(pg: TestPostgres): Promise<string> {
  await prepareTemplate(pg);
  await recreateDatabase(pg.adminUrl, BENCH_DB, TEMPLATE_DB);
  const url = pg.urlFor(BENCH_DB);
  const { seedDemoData } = await import("../../../prisma/seed");
  const t0 = performance.now();
  const { summary } = await seedDemoData(url);
  console.log(`[load] seeded ${BENCH_DB} in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${summary}`);
  return url;
}

/** Issues one deposit certificate to the benchmark citizen, so /verify renders a found certificate. */
async function issueDemoCertificate(databaseUrl: string, idNumber: string): Promise<string> {
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import("@/lib/db");
  const { issueCertificate } = await import("@/lib/accounts/issue-certificate");
  const user = await db.user.findFirstOrThrow({ where: { depositor: { idNumber } }, select: { id: true, depositorId: true } });
  const { code } = await issueCertificate({ depositorId: user.depositorId!, actorId: user.id });
  await db.$disconnect();
  return code;
}

/** Waits for /api/health; rejects with the server's last words if it exits first. */
async function untilHealthy(baseUrl: string, child: ChildProcess, lastLines: string[]): Promise<void> {
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code, signal) => {
      const said = lastLines.filter((l) => l.trim()).at(-1) ?? "";
      reject(
        new ServerDidNotStart(
          `the production server exited before it was ready (${signal ?? `exit code ${code}`})${said ? `: ${said.trim()}` : ""}`,
        ),
      );
    }),
  );
  const ready = (async () => {
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const ok = await httpGet(baseUrl, "/api/health").then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new ServerDidNotStart(`the production server did not answer ${baseUrl}/api/health within ${START_TIMEOUT_MS / 60_000} minutes`);
  })();
  await Promise.race([ready, exited]);
}

export async function ownServer(citizenIdNumber: string): Promise<ServerUnderLoad> {
  // The bench's embedded PostgreSQL takes HPF_PG_PORT when given (else a free port).
  if (process.env.HPF_PG_PORT && !process.env.HPF_TEST_PG_PORT) process.env.HPF_TEST_PG_PORT = process.env.HPF_PG_PORT;
  // Fail before a minute of seeding, not after it.
  const port = await portFromEnv("PORT");
  if (await isListening(port))
    throw new ServerDidNotStart(
      `port ${port} is already in use: set PORT to a free port, or HPF_LOAD_URL=http://127.0.0.1:${port} to load the server there`,
    );
  const pg = await provideTestPostgres();
  let child: ChildProcess | null = null;
  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((r) => child!.once("exit", r));
      process.kill(-child.pid!, "SIGTERM"); // its own process group: run.ts, next and its workers
      const timer = setTimeout(() => process.kill(-child!.pid!, "SIGKILL"), 20_000);
      await gone;
      clearTimeout(timer);
    }
    if (!pg.owned) await dropDatabase(pg.adminUrl, BENCH_DB).catch(() => undefined);
    await pg.stop();
  };
  try {
    const databaseUrl = await seededDatabase(pg);
    const verifyCode = await issueDemoCertificate(databaseUrl, citizenIdNumber);
    const baseUrl = `http://127.0.0.1:${port}`;
    mkdirSync(dataDir, { recursive: true });
    const logFile = path.join(dataDir, "bench-load-server.log");
    const log = createWriteStream(logFile);
    const lastLines: string[] = [];
    child = spawn(TSX, ["prisma/tools/run.ts", "start"], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.on("data", (chunk: Buffer) => {
        log.write(chunk);
        lastLines.push(...chunk.toString().split("\n"));
        lastLines.splice(0, Math.max(0, lastLines.length - 40));
      });
    }
    console.log(`[load] starting the production server (npm start path) on ${baseUrl}; its log: ${path.relative(process.cwd(), logFile)}`);
    await untilHealthy(baseUrl, child, lastLines);
    return { baseUrl, pid: child.pid!, verifyCode, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
