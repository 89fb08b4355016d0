// The daily batch's scheduler, a child process of `npm start` (prisma/tools/run.ts; not in dev,
// not under a bare `next start`, off with HPF_BATCH_SCHEDULER=off). Every minute it runs the due
// business dates oldest first under the batch lock (lib/servicing/batch/run-scheduled.ts), so
// several servers each with a scheduler still run every date once. On SIGTERM/SIGINT it exits at
// once: a step cut short rolls back with its transaction and the next run resumes there.
// Each tick also escalates loan matters past their SLA into the supervisors' queue
// (lib/followups/escalate-sla-breaches.ts, idempotent), so a breach reaches a supervisor within a
// minute without anyone pressing the button on /supervisor.
import { runCli } from "./run-helpers";

const TICK_MS = 60_000;

async function main(): Promise<number> {
  if (!process.env.DATABASE_URL) throw new Error("batch-scheduler: DATABASE_URL is not set (it is started by `npm start`).");
  const { holdSchedulerPresence } = await import("../../lib/servicing/batch/batch-lock");
  const { runScheduledBatches } = await import("../../lib/servicing/batch/run-scheduled");
  const { loadBatchSchedule } = await import("../../lib/servicing/batch/schedule-setting");
  const { db } = await import("../../lib/db");
  const { escalateSlaBreaches } = await import("../../lib/followups/escalate-sla-breaches");

  // Closing the process closes its connections: PostgreSQL rolls back a step cut short and frees
  // the locks.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => process.exit(0));

  await holdSchedulerPresence();
  const { time } = await loadBatchSchedule(db);
  console.log(`[batch] 日终批处理自动执行已启动，每日 ${time}（北京时间）/ Daily batch scheduler started, daily at ${time} Asia/Shanghai`);
  let lastLocked = false;
  for (;;) {
    try {
      const tick = await runScheduledBatches({
        batch: { onProgress: (p) => console.log(`[batch]   [${p.step}/${p.of}] ${p.label}`) },
        onDate: (date, phase) =>
          console.log(
            phase === "start"
              ? `[batch] ${date} 日终批处理开始 / daily batch started`
              : `[batch] ${date} 日终批处理已完成 / daily batch completed`,
          ),
      });
      if (tick.outcome === "FAILED") {
        const reason = tick.error instanceof Error ? tick.error.message : String(tick.error);
        console.error(`[batch] ${tick.failed} 日终批处理失败，下一分钟重试 / daily batch failed, retried next minute: ${reason}`);
      }
      if (tick.outcome === "LOCKED" && !lastLocked)
        console.log("[batch] 另一日终批处理正在执行，等待 / another run holds the batch lock: waiting");
      lastLocked = tick.outcome === "LOCKED";
      const escalated = await escalateSlaBreaches({ actor: "system" });
      if (escalated.created > 0)
        console.log(`[sla] ${escalated.created} 件超时办件已转值班长督办 / SLA breaches escalated to the supervisors`);
    } catch (error) {
      // The database is unreachable or similar: said once a minute until it is back.
      console.error(`[batch] 自动执行检查失败 / scheduler tick failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, TICK_MS));
  }
}

runCli(main, 1);
