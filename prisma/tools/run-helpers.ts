// Small pieces of the runner (run.ts): the session secret, a port probe, seeding an empty database.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { dataDir, projectRoot } from "./project-paths";

/** AUTH_SECRET, else one made once and kept in .data/auth-secret so sessions survive restarts. */
export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  const saved = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  if (saved.length >= 32) return saved;
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The app database role's password: HPF_APP_DB_PASSWORD, else one made once into .data/app-db-password. */
export function appDbPassword(): string {
  if (process.env.HPF_APP_DB_PASSWORD) return process.env.HPF_APP_DB_PASSWORD;
  const file = path.join(dataDir, "app-db-password");
  const saved = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  if (saved.length >= 24) return saved;
  const password = randomBytes(24).toString("base64url");
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** Whether something accepts TCP connections on localhost:port. */
export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.setTimeout(1_000);
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
    socket.once("timeout", () => done(false));
  });
}

/** Seeds the demo data when no user exists yet; `announce` also says so when it skips. */
export async function seedIfEmpty(databaseUrl: string, announce: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let empty: boolean;
  try {
    const { rows } = await client.query<{ found: boolean }>('SELECT EXISTS (SELECT 1 FROM "User") AS found');
    empty = !rows[0]?.found;
  } finally {
    await client.end();
  }
  if (!empty) {
    if (announce) console.log("数据库已有数据，未写入演示数据 / The database already has data: nothing seeded.");
    return;
  }
  const seedFile = path.join(projectRoot, "prisma", "seed.ts");
  if (!existsSync(seedFile)) throw new Error("prisma/seed.ts is missing: cannot write the demo data.");
  console.log("正在写入演示数据 / Seeding demo data ...");
  const { summary } = await seedInWorker(seedFile, databaseUrl);
  console.log(summary);
}

// The worker's code: tsx's loader is not inherited by workers, so it imports the seed via tsImport.
const SEED_WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
(async () => {
  const { tsImport } = await import(workerData.tsxApi);
  const { seedDemoData } = await tsImport(workerData.seedUrl, workerData.seedUrl);
  parentPort.postMessage(await seedDemoData(workerData.databaseUrl));
})();
`;

/**
 * Runs seedDemoData in a worker thread. Building the demo rows is CPU-bound for seconds; off the
 * main thread the runner still answers Ctrl-C (NOTE: tsx SIGKILLs a child that does not
 * acknowledge a signal within 30 ms, which would orphan the database server).
 */
function seedInWorker(seedFile: string, databaseUrl: string): Promise<{ summary: string }> {
  const workerData = { tsxApi: import.meta.resolve("tsx/esm/api"), seedUrl: pathToFileURL(seedFile).href, databaseUrl };
  return new Promise((resolve, reject) => {
    const worker = new Worker(SEED_WORKER, { eval: true, workerData });
    let result: { summary: string } | undefined;
    worker.once("message", (message: { summary: string }) => (result = message));
    worker.once("error", reject);
    worker.once("exit", (code) => (result ? resolve(result) : reject(new Error(`Seeding stopped (exit code ${code})`))));
  });
}

/** Runs a command-line tool's main: exits with the code it returns, or prints the error and exits with `failureCode`. */
export function runCli(main: () => Promise<number>, failureCode: number): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(failureCode);
    },
  );
}

/**
 * HPF_WEB_PROCESSES: how many server processes `npm start` runs behind its port (default: one per
 * core; Next renders on one thread per process). `npm run dev` always runs one.
 */
export function webProcesses(value = process.env.HPF_WEB_PROCESSES, cores = availableParallelism()): number {
  if (value === undefined || value.trim() === "") return Math.max(1, Math.min(cores, 8));
  const count = Number(value.trim());
  if (!Number.isInteger(count) || count < 1 || count > 64)
    throw new Error(`HPF_WEB_PROCESSES must be a whole number from 1 to 64, got "${value}"`);
  return count;
}
