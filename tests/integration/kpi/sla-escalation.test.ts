import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { escalateSlaBreaches } from "@/lib/followups/escalate-sla-breaches";
import { addCalendarDay } from "@/lib/calendar/change-calendar-day";
import { actor, footprint, windowCase, world } from "./fixtures";

describe("SLA breaches escalate into the supervisors' queue", () => {
  it("once per stay in a stage, whoever runs it and however often; a new stay is a new breach", async () => {
    const w = await world();
    const since = new Date("2026-03-05T01:00:00Z"); // Thursday 09:00 in Shanghai
    const now = new Date("2026-03-05T03:00:00Z"); // two hours later: past the 10-minute review SLA
    const late = await windowCase(w, w.alice.depositor.id, { open: true, stage: "ACCEPTED", stageSince: since });
    const fresh = await windowCase(w, w.bob.depositor.id, {
      open: true,
      stage: "ACCEPTED",
      stageSince: new Date(now.getTime() - 5 * 60_000),
    });

    const runs = await Promise.all([escalateSlaBreaches({ actor: w.supervisor, now }), escalateSlaBreaches({ actor: "system", now })]);
    expect(runs.map((r) => r.created).sort()).toEqual([0, 1]);
    expect(await escalateSlaBreaches({ actor: await actor(["ADMIN"]), now })).toEqual({ created: 0, breaches: 1 });
    const tasks = await db.followUpTask.findMany({ where: { caseId: late.id } });
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ kind: "SLA_BREACH", status: "OPEN", stage: "ACCEPTED", slaMinutes: 10, windowId: w.window.id });
    expect(tasks[0]!.dueOn.toISOString().slice(0, 10)).toBe("2026-03-05");
    expect(await db.auditEntry.count({ where: { action: "FOLLOW_UP_OPENED", entityId: tasks[0]!.id } })).toBe(1);

    // Returned to the queue later (a new stay in the stage): a new breach, a new task.
    const later = new Date("2026-03-05T05:00:00Z");
    await db.caseMatter.update({ where: { id: late.matterId }, data: { stageSince: new Date("2026-03-05T04:00:00Z") } });
    await escalateSlaBreaches({ actor: w.supervisor, now: later });
    expect(await db.followUpTask.count({ where: { caseId: late.id } })).toBe(2);
    // The other matter is late by now too (125 minutes): its first task.
    expect(await db.followUpTask.count({ where: { caseId: fresh.id } })).toBe(1);
  });

  it("the timer stops on holidays: a stay over a holiday is not late until working minutes pass the limit", async () => {
    const w = await world();
    await addCalendarDay({ actor: await actor(["ADMIN"]), date: "2026-03-13", kind: "HOLIDAY", name: "测试假日" });
    // Friday 13 March (a holiday) 09:00 → Friday 23:59: wall clock 899 minutes, working minutes 0.
    const c = await windowCase(w, w.alice.depositor.id, { open: true, stage: "ACCEPTED", stageSince: new Date("2026-03-13T01:00:00Z") });
    await escalateSlaBreaches({ actor: w.supervisor, now: new Date("2026-03-13T15:59:00Z") });
    expect(await db.followUpTask.count({ where: { caseId: c.id } })).toBe(0);
    await escalateSlaBreaches({ actor: w.supervisor, now: new Date("2026-03-15T16:09:00Z") });
    expect(await db.followUpTask.count({ where: { caseId: c.id } })).toBe(0);
    // Saturday, Sunday, Monday 00:09: still under. Monday 00:11 in Shanghai: 11 working minutes > 10. Due that Monday.
    await escalateSlaBreaches({ actor: w.supervisor, now: new Date("2026-03-15T16:11:00Z") });
    const [task, ...more] = await db.followUpTask.findMany({ where: { caseId: c.id } });
    expect(more).toHaveLength(0);
    expect(task!.dueOn.toISOString().slice(0, 10)).toBe("2026-03-16");
  });

  it("a teller or a citizen cannot escalate", async () => {
    // A case late right now, so a refusal that still ran would show as a task.
    const w = await world();
    const now = new Date("2026-03-19T03:00:00Z"); // Thursday 11:00 in Shanghai
    const c = await windowCase(w, w.alice.depositor.id, { open: true, stage: "ACCEPTED", stageSince: new Date("2026-03-19T01:00:00Z") });
    const before = await footprint();
    await expect(escalateSlaBreaches({ actor: await actor(["TELLER"]) })).rejects.toMatchObject({ code: "FORBIDDEN_ROLE" });
    await expect(escalateSlaBreaches({ actor: await actor(["CITIZEN"]) })).rejects.toMatchObject({ code: "FORBIDDEN_ROLE" });
    await expect(escalateSlaBreaches({ actor: await actor(["TELLER"]), now })).rejects.toMatchObject({ code: "FORBIDDEN_ROLE" });
    expect(await footprint()).toEqual(before);
    expect(await db.followUpTask.count({ where: { caseId: c.id } })).toBe(0);
    // The supervisor's run finds it late: the refusals above were refusals, not an empty queue.
    expect(await escalateSlaBreaches({ actor: w.supervisor, now })).toMatchObject({ created: 1 });
  });
});
