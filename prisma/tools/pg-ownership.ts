// Who owns a cluster's data dir. The Node process that starts a server writes
// `<dataDir>.owner.json` (pid, process start time, port); the next start on that dir reads it to
// reuse a live owner's server, or to clean up after an owner that died (kill -9) without stopping
// its postmaster. Nothing here waits without a deadline.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { canConnect } from "./pg-cluster";
import { isAlive, isPostgresProcess, processStartTime, readPostmasterPid, sleep, stopProcess, waitUntil } from "./pg-process";

type Owner = { pid: number; startTime: string | null; port: number | null; persistent: boolean; dataDir: string };

export const TEMP_PREFIX = "hpf-pg-";
const OWNER_SUFFIX = ".owner.json";
const ownerFile = (dataDir: string) => `${dataDir}${OWNER_SUFFIX}`;

export async function writeOwner(dataDir: string, port: number | null, persistent: boolean, flag: "w" | "wx") {
  const owner: Owner = { pid: process.pid, startTime: processStartTime(process.pid), port, persistent, dataDir };
  await fs.writeFile(ownerFile(dataDir), JSON.stringify(owner, null, 2), { flag });
}

async function readOwner(dataDir: string): Promise<Owner | null> {
  try {
    return JSON.parse(await fs.readFile(ownerFile(dataDir), "utf8")) as Owner;
  } catch {
    return null;
  }
}

/** Alive, and not a recycled pid (the recorded start time must match, where Linux tells it). */
function ownerAlive(owner: Owner): boolean {
  if (!isAlive(owner.pid)) return false;
  const startTime = processStartTime(owner.pid);
  return owner.startTime === null || startTime === null || owner.startTime === startTime;
}

/** Removes the owner file if it still names this process (a successor may have taken over). */
export async function releaseOwner(dataDir: string): Promise<void> {
  const owner = await readOwner(dataDir);
  if (owner?.pid === process.pid) await fs.rm(ownerFile(dataDir), { force: true });
}

/**
 * Takes ownership of a data dir (owner file created exclusively). If a live owner holds it:
 * returns its server's port to reuse when `reuse` allows, waiting (bounded) while that owner is
 * still starting; otherwise throws. A dead owner's file is removed and the claim retried.
 */
export async function claim(dataDir: string, persistent: boolean, reuse: boolean): Promise<number | null> {
  const deadline = Date.now() + 90_000; // initdb on a slow disk included
  for (;;) {
    try {
      await writeOwner(dataDir, null, persistent, "wx");
      return null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = await readOwner(dataDir);
    if (owner === null) {
      // Being written right now by a concurrent start, or garbage: give it a moment, then drop it.
      const mtime = await fs.stat(ownerFile(dataDir)).then(
        (s) => s.mtimeMs,
        () => 0,
      );
      if (Date.now() - mtime > 5_000) await fs.rm(ownerFile(dataDir), { force: true });
      else await sleep(200);
      continue;
    }
    if (!ownerAlive(owner)) {
      await fs.rm(ownerFile(dataDir), { force: true });
      continue;
    }
    const inUse = `The database in ${dataDir} belongs to the running process ${owner.pid}`;
    if (!reuse) throw new Error(`${inUse}; use another directory.`);
    const postmaster = await readPostmasterPid(dataDir);
    const serverUp = postmaster !== null && isAlive(postmaster.pid);
    if (serverUp && owner.port === postmaster.port && (await canConnect(owner.port))) return owner.port;
    const serverGone = owner.port !== null && !serverUp;
    if (serverGone || Date.now() > deadline) {
      throw new Error(`${inUse}, whose PostgreSQL does not answer. Stop it (kill ${owner.pid}) and try again.`);
    }
    await sleep(250);
  }
}

/** A postmaster without a live owner is stopped; a stale postmaster.pid is removed. */
export async function clearLeftover(dataDir: string): Promise<void> {
  const postmaster = await readPostmasterPid(dataDir);
  if (!postmaster) return;
  if (isAlive(postmaster.pid) && isPostgresProcess(postmaster.pid)) {
    console.warn(`[db] Stopping a PostgreSQL left running by an earlier run (pid ${postmaster.pid}).`);
    await stopProcess(postmaster.pid);
    await waitUntil(() => !isAlive(postmaster.pid), 1_000);
  }
  await fs.rm(path.join(dataDir, "postmaster.pid"), { force: true });
}

/**
 * Deletes throwaway clusters under os.tmpdir()/hpf-* whose owner died without stopping them
 * (a killed test run), stopping their server first so it frees its port.
 */
export async function sweepThrowawayClusters(): Promise<void> {
  const tmp = os.tmpdir();
  const roots = (await fs.readdir(tmp).catch(() => [] as string[])).filter((name) => name.startsWith("hpf-"));
  for (const root of roots.map((name) => path.join(tmp, name))) {
    const files = await fs.readdir(root).catch(() => [] as string[]);
    let cleaned = 0;
    for (const file of files.filter((name) => name.endsWith(OWNER_SUFFIX))) {
      const dataDir = path.join(root, file.slice(0, -OWNER_SUFFIX.length));
      const owner = await readOwner(dataDir);
      if (!owner || owner.persistent || ownerAlive(owner)) continue;
      await clearLeftover(dataDir).catch(() => undefined);
      await fs.rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
      await fs.rm(ownerFile(dataDir), { force: true });
      cleaned++;
    }
    if (!path.basename(root).startsWith(TEMP_PREFIX)) continue; // others' roots are theirs to remove
    const left = await fs.readdir(root).catch(() => null);
    if (left === null || left.some((name) => name.endsWith(OWNER_SUFFIX))) continue;
    const old =
      Date.now() -
        (await fs.stat(root).then(
          (s) => s.mtimeMs,
          () => Date.now(),
        )) >
      10 * 60_000;
    if ((cleaned > 0 && left.length === 0) || old) await fs.rm(root, { recursive: true, force: true }).catch(() => undefined);
  }
}
