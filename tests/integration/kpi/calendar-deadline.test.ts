import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addCalendarDay, removeCalendarDay } from "@/lib/calendar/change-calendar-day";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { isWorkingDay } from "@/lib/calendar/working-days";
import { submitWithdrawal } from "@/lib/withdrawals/submit-withdrawal";
import { rent, setup } from "../withdrawals/fixtures";
import { actor } from "./fixtures";

describe("the working-day calendar as data", () => {
  it("a holiday an ADMIN adds moves a withdrawal's 3-working-day deadline; removing it moves it back", async () => {
    const admin = await actor(["ADMIN"]);
    // Submitted Thursday 5 March 2026: without the calendar the deadline is Tuesday 10 March.
    const first = await setup("10000.00");
    expect(
      await submitWithdrawal(rent(first.holder.depositor.id, first.citizen, first.card, { idempotencyKey: "cal-0001" })),
    ).toMatchObject({
      decideBy: "2026-03-10",
    });
    await addCalendarDay({ actor: admin, date: "2026-03-09", kind: "HOLIDAY", name: "测试假日" });
    const second = await setup("10000.00");
    const w = await submitWithdrawal(rent(second.holder.depositor.id, second.citizen, second.card, { idempotencyKey: "cal-0002" }));
    expect(w.decideBy).toBe("2026-03-11");
    const row = await db.withdrawal.findUniqueOrThrow({ where: { id: w.withdrawalId }, select: { decideBy: true } });
    expect(row.decideBy.toISOString().slice(0, 10)).toBe("2026-03-11");
    // A make-up Saturday counts as a working day.
    await addCalendarDay({ actor: admin, date: "2026-03-07", kind: "WORKDAY", name: "测试调休" });
    const third = await setup("10000.00");
    expect(
      await submitWithdrawal(rent(third.holder.depositor.id, third.citizen, third.card, { idempotencyKey: "cal-0003" })),
    ).toMatchObject({
      decideBy: "2026-03-10",
    });
    await removeCalendarDay({ actor: admin, date: "2026-03-09" });
    await removeCalendarDay({ actor: admin, date: "2026-03-07" });
    const fourth = await setup("10000.00");
    expect(
      await submitWithdrawal(rent(fourth.holder.depositor.id, fourth.citizen, fourth.card, { idempotencyKey: "cal-0004" })),
    ).toMatchObject({
      decideBy: "2026-03-10",
    });
    const audits = await db.auditEntry.findMany({
      where: { entityType: "CalendarDay" },
      orderBy: { id: "asc" },
      select: { action: true, entityId: true, actorId: true, fromState: true, toState: true },
    });
    expect(audits).toEqual([
      { action: "CALENDAR_DAY_ADDED", entityId: "2026-03-09", actorId: admin.userId, fromState: null, toState: "HOLIDAY" },
      { action: "CALENDAR_DAY_ADDED", entityId: "2026-03-07", actorId: admin.userId, fromState: null, toState: "WORKDAY" },
      { action: "CALENDAR_DAY_REMOVED", entityId: "2026-03-09", actorId: admin.userId, fromState: "HOLIDAY", toState: null },
      { action: "CALENDAR_DAY_REMOVED", entityId: "2026-03-07", actorId: admin.userId, fromState: "WORKDAY", toState: null },
    ]);
  });

  it("refuses what would change nothing or is not the admin's, and writes nothing", async () => {
    const admin = await actor(["ADMIN"]);
    await addCalendarDay({ actor: admin, date: "2026-10-01", kind: "HOLIDAY", name: "国庆节" });
    const before = { days: await db.calendarDay.count(), audits: await db.auditEntry.count() };
    await expect(addCalendarDay({ actor: admin, date: "2026-10-01", kind: "HOLIDAY", name: "国庆节" })).rejects.toMatchObject({
      code: "DAY_ALREADY_SET",
      field: "date",
    });
    await expect(addCalendarDay({ actor: admin, date: "2026-10-08", kind: "WORKDAY", name: "国庆节" })).rejects.toMatchObject({
      code: "WORKDAY_NOT_WEEKEND",
    });
    await expect(addCalendarDay({ actor: admin, date: "2026-10-03", kind: "HOLIDAY", name: "国庆节" })).rejects.toMatchObject({
      code: "HOLIDAY_NOT_WEEKDAY",
    });
    await expect(addCalendarDay({ actor: admin, date: "2026-02-30", kind: "HOLIDAY", name: "无" })).rejects.toMatchObject({
      code: "INVALID_DATE",
    });
    await expect(removeCalendarDay({ actor: admin, date: "2026-10-02" })).rejects.toMatchObject({ code: "DAY_NOT_SET" });
    const teller = await actor(["TELLER"]);
    await expect(addCalendarDay({ actor: teller, date: "2026-10-02", kind: "HOLIDAY", name: "国庆节" })).rejects.toMatchObject({
      code: "FORBIDDEN_ROLE",
    });
    await expect(removeCalendarDay({ actor: teller, date: "2026-10-01" })).rejects.toMatchObject({ code: "FORBIDDEN_ROLE" });
    expect({ days: await db.calendarDay.count(), audits: await db.auditEntry.count() }).toEqual(before);
    expect(isWorkingDay(await loadCalendar(db), "2026-10-01")).toBe(false);
  });
});
