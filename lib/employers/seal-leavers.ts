import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { DomainError } from "@/lib/errors";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { todayInShanghai } from "@/lib/dates/calendar";

/**
 * The month-end step of 减员: every pending leave whose seal date (the last day of the leaving
 * month) is on or before `businessDate` seals its account, in one transaction with an audit row per
 * account. Idempotent: a leave is settled once (PENDING → DONE under its row lock), so running a
 * date again, or a later date, seals nothing twice. A leave whose account was meanwhile sealed,
 * moved or closed is settled without touching the account. The daily batch runs it for every date
 * (lib/servicing/run-daily-batch.ts), so a leaver is sealed by the month end's run.
 */
export async function sealLeavers(opts: {
  businessDate: string;
  actorLabel?: string;
  now?: Date;
}): Promise<{ sealed: number; settled: number }> {
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; accountId: string; employerId: string; sealOn: string }[]>`
      SELECT s.id, s."accountId", s."employerId", to_char(s."sealOn", 'YYYY-MM-DD') AS "sealOn"
        FROM "StaffChange" s
       WHERE s.kind = 'LEAVE' AND s.status = 'PENDING' AND s."sealOn" <= ${opts.businessDate}::date
       ORDER BY s."accountId" FOR UPDATE`;
    if (due.length === 0) return { sealed: 0, settled: 0 };
    const sealed = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "DepositAccount" a SET status = 'SEALED', version = a.version + 1, "updatedAt" = ${now}
        FROM "StaffChange" s
       WHERE s.id = ANY (${due.map((d) => d.id)}::text[]) AND a.id = s."accountId" AND a."employerId" = s."employerId" AND a.status = 'NORMAL'
      RETURNING a.id`;
    await tx.staffChange.updateMany({
      where: { id: { in: due.map((d) => d.id) }, status: "PENDING" },
      data: { status: "DONE", doneAt: now },
    });
    const sealedIds = new Set(sealed.map((s) => s.id));
    for (const leave of due) {
      if (!sealedIds.has(leave.accountId)) continue;
      await recordAudit(tx, {
        actorLabel: opts.actorLabel ?? "batch",
        action: "ACCOUNT_SEALED",
        entityType: "DepositAccount",
        entityId: leave.accountId,
        fromState: "NORMAL",
        toState: "SEALED",
        detail: {
          staffChangeId: leave.id,
          employerId: leave.employerId,
          sealOn: leave.sealOn,
          businessDate: opts.businessDate,
          reason: "减员月末封存",
        },
      });
    }
    return { sealed: sealedIds.size, settled: due.length };
  });
}

/**
 * The month-end step run by hand (catch-up, or a date the batch has not reached yet): an ADMIN
 * names a date not after today. Errors: FORBIDDEN_ROLE, DATE_IN_FUTURE (businessDate).
 */
export async function runMonthEndSeal(opts: {
  actor: Actor;
  businessDate: string;
  now?: Date;
}): Promise<{ sealed: number; settled: number }> {
  requireActorRole(opts.actor, "ADMIN");
  if (opts.businessDate > todayInShanghai(opts.now)) throw new DomainError("DATE_IN_FUTURE", { field: "businessDate" });
  return sealLeavers({ businessDate: opts.businessDate, actorLabel: `admin:${opts.actor.userId}`, now: opts.now });
}
