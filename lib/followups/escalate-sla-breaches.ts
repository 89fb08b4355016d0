import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { inTransaction } from "@/lib/db/transaction";
import { lockSeries } from "@/lib/db/serial";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { nextWorkingDayFrom } from "@/lib/calendar/working-days";
import { findSlaBreaches, slaDedupeKey } from "@/lib/followups/sla-breaches";

/**
 * Escalates every open loan matter past its SLA into the supervisors' queue: one SLA_BREACH task
 * per stay in a stage (dedupe key), due today (or the next working day), audited. Idempotent: a
 * second run, or two runs at once (one advisory lock), adds nothing for a breach already escalated.
 * Run by a SUPERVISOR or an ADMIN (the button on /supervisor and /dashboard), or by the system.
 * Errors: FORBIDDEN_ROLE.
 */
export async function escalateSlaBreaches(opts: { actor: Actor | "system"; now?: Date }): Promise<{ created: number; breaches: number }> {
  const actor = opts.actor;
  if (actor !== "system" && !actor.roles.some((r) => r === "SUPERVISOR" || r === "ADMIN")) {
    throw new DomainError("FORBIDDEN_ROLE", { details: { roles: ["SUPERVISOR", "ADMIN"] } });
  }
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    await lockSeries(tx, "followups:sla-escalation");
    const breaches = await findSlaBreaches(tx, now);
    if (breaches.length === 0) return { created: 0, breaches: 0 };
    const keys = breaches.map(slaDedupeKey);
    const known = new Set(
      (await tx.followUpTask.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } })).map((t) => t.dedupeKey),
    );
    const dueOn = nextWorkingDayFrom(await loadCalendar(tx), todayInShanghai(now));
    let created = 0;
    for (const b of breaches) {
      const dedupeKey = slaDedupeKey(b);
      if (known.has(dedupeKey)) continue;
      const task = await tx.followUpTask.create({
        data: {
          kind: "SLA_BREACH",
          dedupeKey,
          caseId: b.caseId,
          windowId: b.windowId,
          stage: b.stage,
          slaMinutes: b.limit,
          dueOn: dateColumn(dueOn),
          createdAt: now,
        },
      });
      await recordAudit(tx, {
        actorId: actor === "system" ? null : actor.userId,
        actorLabel: actor === "system" ? "system" : null,
        windowId: b.windowId,
        action: "FOLLOW_UP_OPENED",
        entityType: "FollowUpTask",
        entityId: task.id,
        toState: "OPEN",
        detail: { kind: "SLA_BREACH", caseNo: b.caseNo, stage: b.stage, minutes: b.minutes, limit: b.limit },
      });
      created++;
    }
    return { created, breaches: breaches.length };
  });
}
