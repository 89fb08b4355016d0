import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { inTransaction } from "@/lib/db/transaction";
import { DomainError } from "@/lib/errors";
import { DEFAULT_BATCH_TIME } from "./schedule";

/**
 * The time of day the daily batch runs by itself (Asia/Shanghai), kept in the Setting table as
 * { time: "HH:MM" }. An absent or unreadable value falls back to 01:00.
 */
export const BATCH_SCHEDULE_KEY = "batch.schedule";

export const ZBatchTime = z
  .string({ message: "请输入执行时间" })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "请输入有效的执行时间（24小时制 时:分，如 01:00）");
export const ZBatchSchedule = z.object({ time: ZBatchTime });
export type BatchSchedule = z.infer<typeof ZBatchSchedule>;

export async function loadBatchSchedule(client: Pick<Tx, "setting">): Promise<BatchSchedule> {
  const row = await client.setting.findUnique({ where: { key: BATCH_SCHEDULE_KEY } });
  const parsed = row ? ZBatchSchedule.safeParse(row.value) : null;
  return parsed?.success ? parsed.data : { time: DEFAULT_BATCH_TIME };
}

/**
 * ADMIN sets the daily batch's time. Written with a SETTING_CHANGED audit row in one transaction;
 * the value already in force writes nothing, so a double submit is harmless. The scheduler reads
 * it on every tick. Errors: FORBIDDEN_ROLE, INVALID_SETTING.
 */
export async function saveBatchSchedule(opts: { actor: Actor; time: string }): Promise<{ changed: boolean }> {
  requireActorRole(opts.actor, "ADMIN");
  const parsed = ZBatchSchedule.safeParse({ time: opts.time });
  if (!parsed.success) throw new DomainError("INVALID_SETTING", { field: "time", details: { name: BATCH_SCHEDULE_KEY } });
  const value = parsed.data;
  return inTransaction(async (tx) => {
    // Serializes two admins saving at once, so the audit's fromState is the value actually replaced.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`setting:${BATCH_SCHEDULE_KEY}`}))`;
    const before = await loadBatchSchedule(tx);
    if (before.time === value.time) return { changed: false };
    await tx.setting.upsert({
      where: { key: BATCH_SCHEDULE_KEY },
      create: { key: BATCH_SCHEDULE_KEY, value, updatedById: opts.actor.userId },
      update: { value, updatedById: opts.actor.userId },
    });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      action: "SETTING_CHANGED",
      entityType: "Setting",
      entityId: BATCH_SCHEDULE_KEY,
      fromState: JSON.stringify(before),
      toState: JSON.stringify(value),
    });
    return { changed: true };
  });
}
