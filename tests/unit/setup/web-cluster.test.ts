import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { webProcesses } from "../../../prisma/tools/run-helpers";

// `npm start` runs one server process per core behind one port (prisma/tools/web-cluster.mjs).
// These tests run the real cluster script over a tiny server that answers with its pid.

const ROOT = path.resolve(import.meta.dirname, "../../..");
const CLUSTER = path.join(ROOT, "prisma/tools/web-cluster.mjs");
const PID_SERVER = path.join(import.meta.dirname, "fixtures/pid-server.mjs");

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const started: ChildProcess[] = [];
afterEach(() => {
  for (const proc of started) if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
});

function startCluster(processes: number, port: number, env: Record<string, string> = {}) {
  const proc = spawn(process.execPath, [CLUSTER, String(processes), PID_SERVER, String(port)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  started.push(proc);
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  return { proc, exited };
}

async function get(port: number, pathName = "/"): Promise<number | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}${pathName}`, { signal: AbortSignal.timeout(2000) });
    return Number(await res.text());
  } catch {
    return null;
  }
}

/** The pids that answered `tries` requests, once the port answers at all. */
async function answeringPids(port: number, tries = 20): Promise<Set<number>> {
  const deadline = Date.now() + 15_000;
  while ((await get(port)) === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const pids = new Set<number>();
  for (let i = 0; i < tries; i++) {
    const pid = await get(port);
    if (pid) pids.add(pid);
  }
  return pids;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitFor(check: () => boolean | Promise<boolean>, ms = 15_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe("web cluster", () => {
  it("two processes share one port, answering in turn", async () => {
    const port = await freePort();
    startCluster(2, port);
    expect((await answeringPids(port)).size).toBe(2);
  });

  it("a worker that dies is replaced, and SIGTERM stops every worker and the primary (exit 0)", async () => {
    const port = await freePort();
    const { proc, exited } = startCluster(2, port);
    const before = await answeringPids(port);
    expect(before.size).toBe(2);
    const crashed = await get(port, "/crash");
    expect(crashed).not.toBeNull();
    expect(await waitFor(() => !alive(crashed!))).toBe(true);
    // A new process takes its place: two answer again, one of them new.
    expect(
      await waitFor(async () => {
        const now = await answeringPids(port, 10);
        return now.size === 2 && [...now].some((pid) => !before.has(pid));
      }),
    ).toBe(true);
    const workers = await answeringPids(port);
    proc.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect([...workers].filter(alive)).toEqual([]);
  }, 40_000);

  it("workers that die right after starting make it give up with exit 1 instead of restarting forever", async () => {
    const port = await freePort();
    const { exited } = startCluster(2, port, { PID_SERVER_FAIL_AT_START: "1" });
    expect(await exited).toBe(1);
  }, 30_000);

  it("workers whose primary was killed outright exit too (no orphan keeps the port)", async () => {
    const port = await freePort();
    const { proc } = startCluster(2, port);
    const workers = await answeringPids(port);
    expect(workers.size).toBe(2);
    proc.kill("SIGKILL");
    expect(await waitFor(() => [...workers].every((pid) => !alive(pid)))).toBe(true);
  }, 30_000);
});

describe("HPF_WEB_PROCESSES", () => {
  it("defaults to one process per core (at most 8), and takes a whole number from 1 to 64", () => {
    expect(webProcesses(undefined, 2)).toBe(2);
    expect(webProcesses("", 1)).toBe(1);
    expect(webProcesses(undefined, 32)).toBe(8);
    expect(webProcesses("1", 2)).toBe(1);
    expect(webProcesses(" 4 ", 2)).toBe(4);
  });
  it("refuses anything else with one clear line", () => {
    for (const bad of ["0", "-1", "1.5", "many", "65"])
      expect(() => webProcesses(bad, 2)).toThrow(`HPF_WEB_PROCESSES must be a whole number from 1 to 64, got "${bad}"`);
  });
});
