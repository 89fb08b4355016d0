import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { settingCache } from "@/lib/settings/brief-cache";

export const SLA_SETTING_KEY = "sla.minutes";
export type SlaMinutes = { review: number; recheck: number };
export const DEFAULT_SLA_MINUTES: SlaMinutes = { review: 10, recheck: 10 };

/** What getSlaMinutes (queries.ts) keeps; setSlaMinutes invalidates it. */
export const slaCache = settingCache<SlaMinutes>();

function valid(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 1440;
}

/** Minutes a matter may wait in the review (ACCEPTED) and recheck (MORTGAGE_REGISTERED) queues. */
export async function slaMinutes(db: Pick<Db, "setting">): Promise<SlaMinutes> {
  const row = await db.setting.findUnique({ where: { key: SLA_SETTING_KEY } });
  const value = (row?.value ?? {}) as Partial<SlaMinutes>;
  return {
    review: valid(value.review) ? value.review : DEFAULT_SLA_MINUTES.review,
    recheck: valid(value.recheck) ? value.recheck : DEFAULT_SLA_MINUTES.recheck,
  };
}

/** ADMIN sets the SLA minutes (whole minutes, 1–1440). Errors: FORBIDDEN_ROLE, INVALID_SLA (field review|recheck). */
export async function setSlaMinutes(opts: { actor: Actor; review: number; recheck: number }): Promise<SlaMinutes> {
  requireActorRole(opts.actor, "ADMIN");
  if (!valid(opts.review)) throw new DomainError("INVALID_SLA", { field: "review" });
  if (!valid(opts.recheck)) throw new DomainError("INVALID_SLA", { field: "recheck" });
  const value: SlaMinutes = { review: opts.review, recheck: opts.recheck };
  const saved = await inTransaction(async (tx) => {
    const before = await slaMinutes(tx);
    await tx.setting.upsert({
      where: { key: SLA_SETTING_KEY },
      create: { key: SLA_SETTING_KEY, value: value as unknown as Prisma.InputJsonValue, updatedById: opts.actor.userId },
      update: { value: value as unknown as Prisma.InputJsonValue, updatedById: opts.actor.userId },
    });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      action: "SETTING_CHANGED",
      entityType: "Setting",
      entityId: SLA_SETTING_KEY,
      fromState: JSON.stringify(before),
      toState: JSON.stringify(value),
    });
    return value;
  });
  slaCache.invalidate();
  return saved;
}
