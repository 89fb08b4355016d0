// Process and file helpers for the embedded PostgreSQL: liveness checks that survive pid reuse and
// zombies, stopping a server left behind by a crashed run, and a free-port probe. Linux details
// (/proc) are optional: elsewhere the checks fall back to plain `kill(pid, 0)`.
import { existsSync, promises as fs, readFileSync, readlinkSync } from "node:fs";
import net from "node:net";
import path from "node:path";

const hasProc = existsSync("/proc/self/stat");

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Fields of /proc/<pid>/stat after the command name: [0] is the state, [19] the start time. */
function procStat(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** The kernel's start time of a process (Linux), so a recycled pid is not taken for its owner. */
export function processStartTime(pid: number): string | null {
  return hasProc ? (procStat(pid)?.[19] ?? null) : null;
}

/** True while the process exists and is not a zombie waiting to be reaped. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  return !hasProc || procStat(pid)?.[0] !== "Z";
}

/** True if the pid runs a `postgres` binary (never signal an unrelated process that reused it). */
export function isPostgresProcess(pid: number): boolean {
  if (!hasProc) return isAlive(pid);
  try {
    return path.basename(readlinkSync(`/proc/${pid}/exe`)).startsWith("postgres");
  } catch {
    return false;
  }
}

/** Postmaster pid and port from `<dataDir>/postmaster.pid`, or null when there is none. */
export async function readPostmasterPid(dataDir: string): Promise<{ pid: number; port: number } | null> {
  const text = await fs.readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => null);
  if (text === null) return null;
  const lines = text.split("\n");
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

/** Whether the promise settles within ms (the timer is cleared so it never holds the process). */
export async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

/** SIGINT (PostgreSQL's fast shutdown), then SIGKILL; bounded in time, never hangs. */
export async function stopProcess(pid: number, graceMs = 20_000): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(pid, name);
    } catch {
      // Already gone.
    }
  };
  signal("SIGINT");
  if (await waitUntil(() => !isAlive(pid), graceMs)) return;
  signal("SIGKILL");
  if (await waitUntil(() => !isAlive(pid), 5_000)) return;
  throw new Error(`Could not stop PostgreSQL process ${pid}; stop it by hand (kill -9 ${pid}).`);
}

/** Whether nothing listens on host:port (a listen probe; a clash reports EADDRINUSE). */
export function isPortFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => (error.code === "EADDRINUSE" ? resolve(false) : reject(error)));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}
