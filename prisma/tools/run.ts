// The runner behind `npm run dev`, `npm start` and `npm run db:seed`:
//   database (DATABASE_URL, else the embedded PostgreSQL in .data/pg) → pending migrations →
//   dev: demo data if the database is empty, then `next dev`
//   start: `next build` if there is no build yet, then `next start` and, beside it, the daily
//          batch's scheduler (batch-scheduler.ts; HPF_BATCH_SCHEDULER=off leaves it out)
//   seed: demo data if the database is empty, then exit
// Ctrl-C / SIGTERM go to Next first; the database stops after Next has exited.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { openProjectDatabase, type ProjectDatabase } from "./dev-database";
import { applyMigrations } from "./migrate";
import { appDbPassword, authSecret, isListening, seedIfEmpty, webProcesses } from "./run-helpers";
import { ensureAppRole } from "./app-role";
import { projectRoot } from "./project-paths";
import { sleep } from "./pg-process";

type Mode = "dev" | "start" | "seed";

const NEXT_BIN = path.join(projectRoot, "node_modules", ".bin", "next");
const BUILD_ID = path.join(projectRoot, ".next", "BUILD_ID");
const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

const NEXT_CLI = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");
const WEB_CLUSTER_FILE = path.join(projectRoot, "prisma", "tools", "web-cluster.mjs");
const SCHEDULER_FILE = path.join(projectRoot, "prisma", "tools", "batch-scheduler.ts");
const SCHEDULER_RESTART_MS = 60_000;

let db: ProjectDatabase | null = null;
let child: ChildProcess | null = null;
let scheduler: ChildProcess | null = null;
let signalled: NodeJS.Signals | null = null;

function onSignal(signal: NodeJS.Signals): void {
  if (signalled) {
    child?.kill("SIGKILL"); // asked twice: don't wait for Next any longer
    return;
  }
  signalled = signal;
  scheduler?.kill("SIGTERM");
  if (child) {
    child.kill(signal);
    setTimeout(() => child?.kill("SIGKILL"), 15_000).unref();
    return; // main() goes on once Next has exited, and stops the database
  }
  // Still starting (migrating, seeding): nothing to hand the signal to.
  void (db?.close() ?? Promise.resolve()).finally(() => process.exit(0));
}

/**
 * Runs `next <args>` in the foreground; resolves with its exit code. With `processes` > 1 the
 * server runs as that many processes sharing the port (web-cluster.mjs).
 */
function runNext(args: string[], env: NodeJS.ProcessEnv, processes = 1): Promise<number> {
  if (signalled) return Promise.resolve(0);
  const [command, commandArgs] =
    processes > 1 ? [process.execPath, [WEB_CLUSTER_FILE, String(processes), NEXT_CLI, ...args]] : [NEXT_BIN, args];
  return new Promise((resolve) => {
    const proc = spawn(command, commandArgs, { cwd: projectRoot, env, stdio: "inherit" });
    child = proc;
    proc.once("error", (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      child = null;
      resolve(1);
    });
    proc.once("exit", (code, signal) => {
      child = null;
      resolve(code ?? 128 + (SIGNAL_NUMBERS[signal as NodeJS.Signals] ?? 9));
    });
  });
}

/** HPF_BATCH_SCHEDULER: "on" (default) or "off". */
function schedulerEnabled(): boolean {
  const value = (process.env.HPF_BATCH_SCHEDULER ?? "on").trim().toLowerCase();
  if (value !== "on" && value !== "off")
    throw new Error(`HPF_BATCH_SCHEDULER must be "on" or "off", got "${process.env.HPF_BATCH_SCHEDULER}"`);
  return value === "on";
}

/**
 * Keeps the daily batch's scheduler running beside `next start` (restarted a minute after an
 * unexpected exit). `stop()` ends it and resolves once it has exited.
 */
function superviseScheduler(env: NodeJS.ProcessEnv): { stop(): Promise<void> } {
  let stopping = false;
  let restart: ReturnType<typeof setTimeout> | undefined;
  let exited: Promise<void> = Promise.resolve();
  const launch = () => {
    if (stopping || signalled) return;
    const proc = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", SCHEDULER_FILE], {
      cwd: projectRoot,
      env,
      stdio: "inherit",
    });
    scheduler = proc;
    exited = new Promise((resolve) => {
      proc.once("error", (error) => {
        console.error(`Could not start the daily batch scheduler: ${error.message}`);
        resolve();
      });
      proc.once("exit", (code, signal) => {
        if (scheduler === proc) scheduler = null;
        resolve();
        if (stopping || signalled) return;
        console.error(
          `[batch] 自动执行进程已退出（${signal ?? code}），一分钟后重启 / scheduler exited (${signal ?? code}); restarting in a minute`,
        );
        restart = setTimeout(launch, SCHEDULER_RESTART_MS);
      });
    });
  };
  launch();
  return {
    stop() {
      stopping = true;
      clearTimeout(restart);
      scheduler?.kill("SIGTERM");
      return exited;
    },
  };
}

function appPort(): number {
  const port = Number(process.env.PORT || 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  return port;
}

async function announceWhenListening(port: number, mode: Mode, database: string, processes: number): Promise<void> {
  while (child) {
    if (await isListening(port)) {
      // First answer (any status) means Next is serving; in dev this also compiles the route.
      await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(120_000) }).catch(() => null);
      if (!child) return;
      const rule = "─".repeat(64);
      console.log(
        `\n${rule}\n  住房公积金管理中心 · 一体化业务平台  (${mode === "dev" ? "开发 development" : "生产 production"})\n` +
          `  已就绪 Ready:  http://localhost:${port}\n  数据库 Database: ${database}\n` +
          (processes > 1 ? `  服务进程 Server processes: ${processes}（HPF_WEB_PROCESSES）\n` : "") +
          `  按 Ctrl+C 停止 · Press Ctrl+C to stop\n${rule}\n`,
      );
      return;
    }
    await sleep(300);
  }
}

/**
 * The URL the app itself connects with: HPF_APP_DATABASE_URL when set, else the restricted role
 * hpf_app (prisma/tools/app-role.ts), created by the owner connection that ran the migrations.
 * An external DATABASE_URL whose role may not create roles keeps its own URL (with a warning).
 */
async function appDatabaseUrl(ownerUrl: string): Promise<string> {
  if (process.env.HPF_APP_DATABASE_URL) return process.env.HPF_APP_DATABASE_URL;
  try {
    return await ensureAppRole(ownerUrl, appDbPassword());
  } catch (error) {
    if (!process.env.DATABASE_URL) throw error;
    console.warn(
      `[db] 无法创建受限应用角色 Could not set up the restricted app role (${(error as Error).message}); the app uses DATABASE_URL as is. Set HPF_APP_DATABASE_URL to a non-superuser role.`,
    );
    return ownerUrl;
  }
}

async function main(mode: Mode, nextArgs: string[]): Promise<number> {
  const port = appPort();
  const withScheduler = mode === "start" && schedulerEnabled();
  if (mode === "start") webProcesses(); // a bad HPF_WEB_PROCESSES stops here, before the database starts
  if (mode !== "seed" && (await isListening(port))) throw new Error(`Port ${port} is already in use: set PORT to a free port.`);
  db = await openProjectDatabase();
  try {
    const { applied } = await applyMigrations(db.url);
    if (applied.length) console.log(`[db] 已执行迁移 Applied migrations: ${applied.join(", ")}`);
    if (mode !== "start") await seedIfEmpty(db.url, mode === "seed");
    if (mode === "seed" || signalled) return 0;
    const appUrl = await appDatabaseUrl(db.url);

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: appUrl,
      AUTH_SECRET: authSecret(),
      // Auth.js v5 refuses unknown hosts outside Vercel unless told the proxy/host is trusted.
      AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
    };
    if (mode === "start" && !existsSync(BUILD_ID)) {
      console.log("还没有生产构建，正在执行 next build / No production build yet: running next build");
      const built = await runNext(["build"], env);
      if (built !== 0 || signalled) return signalled ? 0 : built;
    }
    const processes = mode === "start" ? webProcesses() : 1;
    const exited = runNext([mode, "--port", String(port), ...nextArgs], env, processes);
    const supervisor = withScheduler ? superviseScheduler(env) : null;
    void announceWhenListening(port, mode, db.description, processes);
    const code = await exited;
    // Next has gone (Ctrl-C, or it crashed): stop the scheduler before the database.
    await supervisor?.stop();
    return signalled ? 0 : code;
  } finally {
    await db.close();
  }
}

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start" && mode !== "seed") {
  console.error("Usage: tsx prisma/tools/run.ts dev|start|seed [next options]");
  process.exit(2);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, onSignal);
main(mode, process.argv.slice(3)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (signalled) return; // stopping anyway; the error is a consequence
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
