import { recordAudit } from "@/lib/audit/record-audit";
import { dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import { requireAnyRole } from "@/lib/fraud/authorize";
import { insertBan } from "@/lib/fraud/ban-store";
import { isValidBlacklistYears } from "@/lib/fraud/blacklist-rule";
import { blacklistYears } from "@/lib/fraud/facts";
import { assertNoInsiderConflict } from "@/lib/fraud/insider-check";
import { decisionDeadline } from "@/lib/withdrawals/deadline";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { inTransaction } from "@/lib/db/transaction";
import { withdrawalDone, withdrawalQueued } from "@/lib/notifications/queue-events";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";

export type ResolveFlagOptions = {
  actor: Actor;
  flagId: string;
  /** DISMISS: not fraud (清除); CONFIRM: fraud confirmed (确认欺诈). */
  decision: "DISMISS" | "CONFIRM";
  note: string;
  /** With CONFIRM only: also ban the person (reason and evidence default to the flag's). */
  blacklist?: { years?: number | null; reason?: string | null; evidence?: string | null } | null;
  now?: Date;
};

export type ResolveFlagResult = {
  flagId: string;
  status: "DISMISSED" | "CONFIRMED";
  withdrawalStatus: "SUBMITTED" | "REJECTED" | null;
  blacklistEntryId: string | null;
};

/** A HELD withdrawal whose last open flag is dismissed goes to the reviewers, its 3-day clock restarting. */
async function release(tx: Tx, withdrawalId: string, actorId: string, today: string, now: Date): Promise<"SUBMITTED" | null> {
  const open = await tx.fraudFlag.count({ where: { withdrawalId, status: "OPEN" } });
  if (open > 0) return null;
  const decideBy = decisionDeadline(today, await loadCalendar(tx));
  const moved = await tx.withdrawal.updateMany({
    where: { id: withdrawalId, status: "HELD" },
    data: { status: "SUBMITTED", decideBy: dateColumn(decideBy), version: { increment: 1 } },
  });
  if (moved.count !== 1) return null;
  await recordAudit(tx, {
    actorId,
    action: "WITHDRAWAL_RELEASED",
    entityType: "Withdrawal",
    entityId: withdrawalId,
    fromState: "HELD",
    toState: "SUBMITTED",
  });
  await withdrawalQueued(tx, { withdrawalId, queue: "WITHDRAWAL_DECIDE", now });
  return "SUBMITTED";
}

/** A HELD withdrawal with confirmed fraud is rejected at once; its reason is free again. */
async function reject(tx: Tx, withdrawalId: string, actorId: string, note: string, now: Date): Promise<"REJECTED" | null> {
  const moved = await tx.withdrawal.updateMany({
    where: { id: withdrawalId, status: "HELD" },
    data: {
      status: "REJECTED",
      decidedById: actorId,
      decidedAt: now,
      reviewNote: `经风险核查确认存在欺诈：${note}`,
      inFlightKey: null,
      version: { increment: 1 },
    },
  });
  if (moved.count !== 1) return null;
  await recordAudit(tx, {
    actorId,
    action: "WITHDRAWAL_REJECTED",
    entityType: "Withdrawal",
    entityId: withdrawalId,
    fromState: "HELD",
    toState: "REJECTED",
    detail: { note, fraud: true },
  });
  await withdrawalDone(tx, { withdrawalId, now });
  return "REJECTED";
}

/**
 * A RISK_OFFICER (or ADMIN) resolves an OPEN fraud flag, with a note:
 * - DISMISS → DISMISSED; its HELD withdrawal goes on to SUBMITTED once no flag on it is open;
 * - CONFIRM → CONFIRMED; its HELD withdrawal is REJECTED; with `blacklist`, the person is banned
 *   in the same transaction (lib/fraud/ban-store), the entry pointing at the flag.
 * The officer may not resolve a flag on themselves or a declared relative (insider control).
 * A second resolution of the same flag (double click, two officers) is refused: ALREADY_RESOLVED.
 * Errors: FORBIDDEN_ROLE, NOTE_REQUIRED (field note), INVALID_YEARS (field years), NOT_FOUND,
 * ALREADY_RESOLVED, INSIDER_CONFLICT, ALREADY_BLACKLISTED.
 */
export async function resolveFlag(opts: ResolveFlagOptions): Promise<ResolveFlagResult> {
  requireAnyRole(opts.actor, ["RISK_OFFICER", "ADMIN"]);
  const note = opts.note.trim();
  if (!note) throw new DomainError("NOTE_REQUIRED", { field: "note" });
  const ban = opts.decision === "CONFIRM" ? (opts.blacklist ?? null) : null;
  if (ban?.years != null && !isValidBlacklistYears(ban.years)) throw new DomainError("INVALID_YEARS", { field: "years" });
  const now = opts.now ?? new Date();
  const today = todayInShanghai(now);
  return inTransaction(async (tx) => {
    const flag = await tx.fraudFlag.findUnique({
      where: { id: opts.flagId },
      select: { id: true, kind: true, status: true, reason: true, withdrawalId: true, depositorId: true },
    });
    if (!flag) throw new DomainError("NOT_FOUND");
    const person = await tx.depositor.findUnique({ where: { id: flag.depositorId }, select: { idNumber: true, name: true } });
    if (person) {
      await assertNoInsiderConflict(tx, {
        staffUserId: opts.actor.userId,
        partyIdNumbers: [person.idNumber],
        depositorId: flag.depositorId,
        action: "FLAG_RESOLVE",
        refusalKey: `resolve:${flag.id}:${opts.actor.userId}`,
        withdrawalId: flag.withdrawalId,
      });
    }
    const status = opts.decision === "CONFIRM" ? "CONFIRMED" : "DISMISSED";
    const moved = await tx.fraudFlag.updateMany({
      where: { id: flag.id, status: "OPEN" },
      data: { status, resolvedById: opts.actor.userId, resolvedAt: now, resolution: note },
    });
    if (moved.count !== 1) throw new DomainError("ALREADY_RESOLVED");
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      action: `FRAUD_FLAG_${status}`,
      entityType: "FraudFlag",
      entityId: flag.id,
      fromState: "OPEN",
      toState: status,
      detail: { kind: flag.kind, note },
    });
    let withdrawalStatus: ResolveFlagResult["withdrawalStatus"] = null;
    if (flag.withdrawalId) {
      withdrawalStatus =
        status === "CONFIRMED"
          ? await reject(tx, flag.withdrawalId, opts.actor.userId, note, now)
          : await release(tx, flag.withdrawalId, opts.actor.userId, today, now);
    }
    let blacklistEntryId: string | null = null;
    if (ban && person) {
      const years = ban.years ?? (await blacklistYears(tx));
      const entry = await insertBan(
        tx,
        {
          idNumber: person.idNumber,
          name: person.name,
          depositorId: flag.depositorId,
          reason: ban.reason?.trim() || flag.reason,
          evidence: ban.evidence?.trim() || `风险核查记录 ${flag.id}：${note}`,
          years,
          flagId: flag.id,
        },
        { userId: opts.actor.userId, today, now },
      );
      blacklistEntryId = entry.entryId;
    }
    return { flagId: flag.id, status, withdrawalStatus, blacklistEntryId };
  });
}
