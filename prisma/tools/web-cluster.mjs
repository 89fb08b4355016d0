// One web server process per core behind one port, for `npm start` (prisma/tools/run.ts).
//
//   node prisma/tools/web-cluster.mjs <processes> <worker script> [worker args…]
//
// Next renders a page on one thread, so a single `next start` uses one core however many the
// machine has. Node's cluster module lets several processes share the listening port: the primary
// accepts connections and hands them out round-robin, every worker runs the unchanged worker
// script (here Next's own `next start` CLI). Nothing the app keeps per process is a source of
// truth: sessions, rate limits, the batch lock and the batch's progress are in PostgreSQL.
//
// The primary restarts a worker that dies (a crash must not halve the hall's capacity), gives up
// when workers keep dying right after they start (a broken build, a port in use), and on
// SIGTERM/SIGINT stops every worker and exits once they have. A worker whose primary vanishes
// (SIGKILL) exits too, instead of serving on as an orphan.
import cluster from "node:cluster";
import { pathToFileURL } from "node:url";

/** A worker that dies within this time of starting counts as a failed start. */
const EARLY_DEATH_MS = 10_000;
/** This many failed starts in a row: the primary stops and exits with an error. */
const MAX_FAILED_STARTS = 3;
const STOP_TIMEOUT_MS = 15_000;

if (cluster.isPrimary) {
  const [countArg, workerScript, ...workerArgs] = process.argv.slice(2);
  const count = Number(countArg);
  if (!Number.isInteger(count) || count < 1 || !workerScript) {
    console.error("Usage: node prisma/tools/web-cluster.mjs <processes ≥ 1> <worker script> [args…]");
    process.exit(2);
  }
  cluster.setupPrimary({ exec: new URL(import.meta.url).pathname, args: [workerScript, ...workerArgs] });

  let stopping = false;
  let failedStarts = 0;
  const startedAt = new Map();

  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
  };

  cluster.on("listening", () => {
    failedStarts = 0;
  });
  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    failedStarts = lived < EARLY_DEATH_MS ? failedStarts + 1 : 0;
    if (failedStarts >= MAX_FAILED_STARTS) {
      console.error(
        `[web] 服务进程连续启动失败 ${failedStarts} 次，停止 / workers keep dying right after start (last: ${signal ?? code}); giving up`,
      );
      stopAll(1);
      return;
    }
    console.error(`[web] 服务进程 ${worker.process.pid} 已退出（${signal ?? code}），正在重启 / worker exited, starting another`);
    fork();
  });

  const stopAll = (exitCode) => {
    stopping = true;
    process.exitCode = exitCode;
    const alive = Object.values(cluster.workers ?? {});
    if (alive.length === 0) process.exit(exitCode);
    for (const worker of alive) worker?.process.kill("SIGTERM");
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL");
      process.exit(exitCode);
    }, STOP_TIMEOUT_MS).unref();
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stopAll(0));

  for (let i = 0; i < count; i++) fork();
} else {
  // The IPC channel to the primary closes when the primary dies: follow it.
  process.on("disconnect", () => process.exit(0));
  // The worker script reads its arguments from process.argv after the script's own path.
  const [workerScript, ...workerArgs] = process.argv.slice(2);
  process.argv = [process.argv[0], workerScript, ...workerArgs];
  await import(pathToFileURL(workerScript).href);
}
