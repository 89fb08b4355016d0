import pg from "pg";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";

/**
 * PostgreSQL advisory locks around the daily batch, so two servers or processes (the scheduler of
 * `npm start`, a second server, the command line, the admin screen) never run it at once. They
 * are session locks on a connection of their own: a process that dies loses its connection and
 * PostgreSQL frees the lock at once, so no stale lock ever blocks the next run. Keys are the
 * two-int form (classid LOCK_SPACE, objid below) so pg_locks can tell who holds what.
 */
const LOCK_SPACE = 0x48504642; // "HPFB"
const RUNNING = 1;
/** Held in shared mode by every live scheduler process, for the admin screen. */
const SCHEDULER = 2;

export type LockRelease = () => Promise<void>;

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: env().DATABASE_URL, application_name: "hpf-batch-lock" });
  // NOTE: an idle client that loses its server emits "error"; unhandled, it would crash the process.
  client.on("error", (error) => console.error("Batch lock connection lost:", error.message));
  await client.connect();
  return client;
}

function releaser(client: pg.Client): LockRelease {
  let done = false;
  return async () => {
    if (done) return;
    done = true;
    await client.end().catch(() => undefined); // closing the session frees its locks
  };
}

/** Takes the batch lock if free; null when another session holds it. */
export async function tryBatchLock(): Promise<LockRelease | null> {
  const client = await connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1, $2) AS locked", [LOCK_SPACE, RUNNING]);
    if (rows[0]?.locked) return releaser(client);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  await client.end();
  return null;
}

/** Runs `work` holding the batch lock. Errors: BATCH_LOCKED (another run holds it), and what `work` throws. */
export async function withBatchLock<T>(work: () => Promise<T>): Promise<T> {
  const release = await tryBatchLock();
  if (!release) throw new DomainError("BATCH_LOCKED");
  try {
    return await work();
  } finally {
    await release();
  }
}

/** Marks this process as a live scheduler until released (shared: many servers may each run one). */
export async function holdSchedulerPresence(): Promise<LockRelease> {
  const client = await connect();
  await client.query("SELECT pg_advisory_lock_shared($1, $2)", [LOCK_SPACE, SCHEDULER]);
  return releaser(client);
}

/** Whether some session runs the batch now, and how many scheduler processes are alive. */
export async function batchLockState(client: Pick<Db, "$queryRaw">): Promise<{ running: boolean; schedulers: number }> {
  const rows = await client.$queryRaw<{ objid: number; holders: number }[]>`
    SELECT objid::int AS objid, count(*)::int AS holders
      FROM pg_locks
     WHERE locktype = 'advisory' AND granted AND objsubid = 2 AND classid::bigint = ${LOCK_SPACE}
       AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
     GROUP BY objid`;
  const holders = (objid: number) => rows.find((r) => r.objid === objid)?.holders ?? 0;
  return { running: holders(RUNNING) > 0, schedulers: holders(SCHEDULER) };
}
