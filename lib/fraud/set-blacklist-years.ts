import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import { requireAnyRole } from "@/lib/fraud/authorize";
import { BLACKLIST_YEARS_SETTING, isValidBlacklistYears } from "@/lib/fraud/blacklist-rule";
import { blacklistYears } from "@/lib/fraud/facts";
import { inTransaction } from "@/lib/db/transaction";
import type { Actor } from "@/lib/auth/actor";

/**
 * ADMIN sets the ban length for new blacklist entries (Setting fraud.blacklistYears, whole years
 * 1–20). Bans already given keep their end date. Errors: FORBIDDEN_ROLE, INVALID_YEARS (field years).
 */
export async function setBlacklistYears(opts: { actor: Actor; years: number }): Promise<{ years: number }> {
  requireAnyRole(opts.actor, ["ADMIN"]);
  if (!isValidBlacklistYears(opts.years)) throw new DomainError("INVALID_YEARS", { field: "years" });
  return inTransaction(async (tx) => {
    const before = await blacklistYears(tx);
    const value = opts.years as unknown as Prisma.InputJsonValue;
    await tx.setting.upsert({
      where: { key: BLACKLIST_YEARS_SETTING },
      create: { key: BLACKLIST_YEARS_SETTING, value, updatedById: opts.actor.userId },
      update: { value, updatedById: opts.actor.userId },
    });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      action: "SETTING_CHANGED",
      entityType: "Setting",
      entityId: BLACKLIST_YEARS_SETTING,
      fromState: String(before),
      toState: String(opts.years),
    });
    return { years: opts.years };
  });
}
