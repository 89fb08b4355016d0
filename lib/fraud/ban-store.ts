import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { dateColumn } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import { banEndsOn } from "@/lib/fraud/blacklist-rule";
import { findActiveBan } from "@/lib/fraud/facts";

export type BanInput = {
  idNumber: string;
  name: string;
  depositorId: string | null;
  reason: string;
  evidence: string;
  years: number;
  flagId?: string | null;
};

/**
 * Writes one blacklist entry (from today for `years` years) with its audit row, in the caller's
 * transaction. One ban in force per person: the ID number's series is locked, and a ban still in
 * force refuses a second (ALREADY_BLACKLISTED, details.endsOn).
 */
export async function insertBan(
  tx: Tx,
  input: BanInput,
  actor: { userId: string; today: string; now: Date },
): Promise<{ entryId: string; endsOn: string }> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`blacklist:${input.idNumber}`}))`;
  const current = await findActiveBan(tx, [input.idNumber], actor.today);
  if (current) throw new DomainError("ALREADY_BLACKLISTED", { field: "idNumber", details: { endsOn: current.endsOn } });
  const endsOn = banEndsOn(actor.today, input.years);
  const entry = await tx.blacklistEntry.create({
    data: {
      idNumber: input.idNumber,
      name: input.name,
      depositorId: input.depositorId,
      reason: input.reason,
      evidence: input.evidence,
      flagId: input.flagId ?? null,
      decidedById: actor.userId,
      startsOn: dateColumn(actor.today),
      endsOn: dateColumn(endsOn),
      createdAt: actor.now,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "BLACKLIST_ADDED",
    entityType: "BlacklistEntry",
    entityId: entry.id,
    toState: "ACTIVE",
    detail: {
      idNumber: input.idNumber,
      years: input.years,
      startsOn: actor.today,
      endsOn,
      flagId: input.flagId ?? null,
      reason: input.reason,
    },
  });
  return { entryId: entry.id, endsOn };
}
