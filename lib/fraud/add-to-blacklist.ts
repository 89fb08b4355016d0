import { todayInShanghai } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import { parseResidentId } from "@/lib/identity/resident-id";
import { requireAnyRole } from "@/lib/fraud/authorize";
import { insertBan } from "@/lib/fraud/ban-store";
import { isValidBlacklistYears } from "@/lib/fraud/blacklist-rule";
import { blacklistYears } from "@/lib/fraud/facts";
import { inTransaction } from "@/lib/db/transaction";
import type { Actor } from "@/lib/auth/actor";

export type AddToBlacklistOptions = {
  actor: Actor;
  idNumber: string;
  /** Needed only for a person the fund does not know (not a depositor). */
  name?: string | null;
  reason: string;
  evidence: string;
  /** Ban length in whole years (1–20); default the Setting fraud.blacklistYears (5). */
  years?: number | null;
  flagId?: string | null;
  now?: Date;
};

/**
 * A RISK_OFFICER (or ADMIN) bans a person found cheating from loans and withdrawals: from today for
 * `years` years, with the reason, the evidence and who decided. One ban in force per person.
 * Errors: FORBIDDEN_ROLE, INVALID_ID_NUMBER (field idNumber), REASON_REQUIRED (field reason),
 * EVIDENCE_REQUIRED (field evidence), INVALID_YEARS (field years), NAME_REQUIRED (field name),
 * ALREADY_BLACKLISTED (field idNumber, details.endsOn).
 */
export async function addToBlacklist(opts: AddToBlacklistOptions): Promise<{ entryId: string; endsOn: string }> {
  requireAnyRole(opts.actor, ["RISK_OFFICER", "ADMIN"]);
  const parsed = parseResidentId(opts.idNumber);
  if (!parsed.ok) throw new DomainError("INVALID_ID_NUMBER", { field: "idNumber", details: { problem: parsed.problem } });
  const reason = opts.reason.trim();
  const evidence = opts.evidence.trim();
  if (!reason) throw new DomainError("REASON_REQUIRED", { field: "reason" });
  if (!evidence) throw new DomainError("EVIDENCE_REQUIRED", { field: "evidence" });
  if (opts.years != null && !isValidBlacklistYears(opts.years)) throw new DomainError("INVALID_YEARS", { field: "years" });
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    const idNumber = parsed.value.idNumber;
    const depositor = await tx.depositor.findUnique({ where: { idNumber }, select: { id: true, name: true } });
    const name = depositor?.name ?? opts.name?.trim();
    if (!name) throw new DomainError("NAME_REQUIRED", { field: "name" });
    const years = opts.years ?? (await blacklistYears(tx));
    return insertBan(
      tx,
      { idNumber, name, depositorId: depositor?.id ?? null, reason, evidence, years, flagId: opts.flagId ?? null },
      { userId: opts.actor.userId, today: todayInShanghai(now), now },
    );
  });
}
