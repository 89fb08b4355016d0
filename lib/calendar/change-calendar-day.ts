import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import { dateColumn, isRealDate } from "@/lib/dates/calendar";
import { inTransaction } from "@/lib/db/transaction";
import { isWeekend } from "@/lib/calendar/working-days";
import type { CalendarDayKind } from "@/lib/generated/prisma/enums";

/**
 * ADMIN adds one day to the working-day calendar: a HOLIDAY on a weekday (Monday–Friday) or a
 * make-up WORKDAY (调休) on a Saturday or Sunday; anything else would change nothing. Deadlines
 * already written keep the date they were given; new ones use the calendar from now on.
 * Errors: FORBIDDEN_ROLE, INVALID_DATE, HOLIDAY_NOT_WEEKDAY, WORKDAY_NOT_WEEKEND, DAY_ALREADY_SET.
 */
export async function addCalendarDay(opts: { actor: Actor; date: string; kind: CalendarDayKind; name: string }): Promise<{ date: string }> {
  requireActorRole(opts.actor, "ADMIN");
  if (!isRealDate(opts.date)) throw new DomainError("INVALID_DATE", { field: "date" });
  const weekend = isWeekend(opts.date);
  if (opts.kind === "HOLIDAY" && weekend) throw new DomainError("HOLIDAY_NOT_WEEKDAY", { field: "date" });
  if (opts.kind === "WORKDAY" && !weekend) throw new DomainError("WORKDAY_NOT_WEEKEND", { field: "date" });
  return inTransaction(
    async (tx) => {
      await tx.calendarDay.create({
        data: { date: dateColumn(opts.date), kind: opts.kind, name: opts.name, createdById: opts.actor.userId },
      });
      await recordAudit(tx, {
        actorId: opts.actor.userId,
        action: "CALENDAR_DAY_ADDED",
        entityType: "CalendarDay",
        entityId: opts.date,
        fromState: null,
        toState: opts.kind,
        detail: { name: opts.name },
      });
      return { date: opts.date };
    },
    { onUnique: () => new DomainError("DAY_ALREADY_SET", { field: "date" }) },
  );
}

/** ADMIN removes one day from the calendar (it is an ordinary day again). Errors: FORBIDDEN_ROLE, INVALID_DATE, DAY_NOT_SET. */
export async function removeCalendarDay(opts: { actor: Actor; date: string }): Promise<{ date: string }> {
  requireActorRole(opts.actor, "ADMIN");
  if (!isRealDate(opts.date)) throw new DomainError("INVALID_DATE", { field: "date" });
  return inTransaction(async (tx) => {
    const existing = await tx.calendarDay.findUnique({ where: { date: dateColumn(opts.date) } });
    if (!existing) throw new DomainError("DAY_NOT_SET", { field: "date" });
    const removed = await tx.calendarDay.deleteMany({ where: { date: dateColumn(opts.date) } });
    if (removed.count !== 1) throw new DomainError("ALREADY_HANDLED");
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      action: "CALENDAR_DAY_REMOVED",
      entityType: "CalendarDay",
      entityId: opts.date,
      fromState: existing.kind,
      toState: null,
      detail: { name: existing.name },
    });
    return { date: opts.date };
  });
}
