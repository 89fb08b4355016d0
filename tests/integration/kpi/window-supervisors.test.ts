import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { rateCase } from "@/lib/followups/rate-case";
import { replyFollowUp } from "@/lib/followups/reply-follow-up";
import { getFollowUpTask, listFollowUpTasks } from "@/lib/followups/queries";
import { setWindowSupervisors } from "@/lib/followups/set-window-supervisors";
import { actor, windowCase, world } from "./fixtures";

const NOW = new Date("2026-03-05T02:00:00Z");

async function loginOf(userId: string) {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { loginName: true } })).loginName;
}

/** A bad rating of a closed case at `w.window` (or online when `online`): its task id. */
async function badRating(w: Awaited<ReturnType<typeof world>>, opts: { online?: boolean } = {}) {
  const c = await windowCase(w, w.alice.depositor.id);
  if (opts.online) await db.case.update({ where: { id: c.id }, data: { windowId: null, channel: "ONLINE" } });
  const r = await rateCase({ actor: w.alice.actor, caseId: c.id, score: 1, now: NOW });
  return r.followUpTaskId!;
}

const ids = async (supervisorId: string) => (await listFollowUpTasks("OPEN", NOW, 500, supervisorId)).map((t) => t.id);

describe("supervisors are scoped to the windows they are on duty for", () => {
  it("a task of one window's supervisor is neither listed to nor answerable by another; nothing written on refusal", async () => {
    const w = await world();
    const other = await db.serviceWindow.create({ data: { centerId: w.window.centerId, number: w.window.number + 500, name: "另一窗口" } });
    const admin = await actor(["ADMIN"]);
    const duty1 = await actor(["SUPERVISOR"]);
    const duty2 = await actor(["SUPERVISOR"]);
    expect(await setWindowSupervisors({ actor: admin, windowId: w.window.id, supervisorIds: [duty1.userId] })).toEqual({ changed: true });
    expect(await setWindowSupervisors({ actor: admin, windowId: other.id, supervisorIds: [duty2.userId] })).toEqual({ changed: true });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "WINDOW_SUPERVISORS_CHANGED", entityId: w.window.id } });
    expect(audit).toMatchObject({ actorId: admin.userId, fromState: "[]", toState: JSON.stringify([await loginOf(duty1.userId)]) });

    const taskId = await badRating(w);
    expect(await ids(duty1.userId)).toContain(taskId);
    expect(await ids(duty2.userId)).not.toContain(taskId);
    expect(await getFollowUpTask(taskId, NOW, duty2.userId)).toBeNull();
    expect((await getFollowUpTask(taskId, NOW, duty1.userId))?.windowSupervisors).toEqual([
      (await db.user.findUniqueOrThrow({ where: { id: duty1.userId } })).displayName,
    ]);

    const audits = await db.auditEntry.count();
    await expect(replyFollowUp({ actor: duty2, taskId, reply: "我来答复这位市民" })).rejects.toMatchObject({ code: "TASK_OTHER_WINDOW" });
    expect(await db.followUpTask.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({
      status: "OPEN",
      reply: null,
      closedById: null,
    });
    expect(await db.auditEntry.count()).toBe(audits);

    await replyFollowUp({ actor: duty1, taskId, reply: "已向市民致歉并改进" });
    expect(await db.followUpTask.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({
      status: "CLOSED",
      closedById: duty1.userId,
    });
  });

  it("a window with no supervisor on duty, and an online case, are every supervisor's; taking a window's supervisor off opens it to all", async () => {
    const w = await world();
    const admin = await actor(["ADMIN"]);
    const duty1 = await actor(["SUPERVISOR"]);
    const duty2 = await actor(["SUPERVISOR"]);
    const unstaffed = await badRating(w);
    const online = await badRating(w, { online: true });
    for (const s of [duty1, duty2]) expect(await ids(s.userId)).toEqual(expect.arrayContaining([unstaffed, online]));

    await setWindowSupervisors({ actor: admin, windowId: w.window.id, supervisorIds: [duty1.userId] });
    expect(await ids(duty2.userId)).not.toContain(unstaffed);
    expect(await ids(duty2.userId)).toContain(online);
    // Saving the same set again changes nothing (no audit row); clearing it opens the task to all.
    expect(await setWindowSupervisors({ actor: admin, windowId: w.window.id, supervisorIds: [duty1.userId] })).toEqual({ changed: false });
    expect(await db.auditEntry.count({ where: { action: "WINDOW_SUPERVISORS_CHANGED", entityId: w.window.id } })).toBe(1);
    await setWindowSupervisors({ actor: admin, windowId: w.window.id, supervisorIds: [] });
    expect(await ids(duty2.userId)).toContain(unstaffed);
    await replyFollowUp({ actor: duty2, taskId: unstaffed, reply: "已电话回访市民" });
    const last = await db.auditEntry.findFirstOrThrow({
      where: { action: "WINDOW_SUPERVISORS_CHANGED", entityId: w.window.id },
      orderBy: { id: "desc" },
    });
    expect(last).toMatchObject({ fromState: JSON.stringify([await loginOf(duty1.userId)]), toState: "[]" });
  });

  it("bad input: a non-supervisor, an unknown window, a non-admin — refused in Chinese codes, nothing written", async () => {
    const w = await world();
    const admin = await actor(["ADMIN"]);
    const duty = await actor(["SUPERVISOR"]);
    const before = { rows: await db.windowSupervisor.count(), audits: await db.auditEntry.count() };
    await expect(
      setWindowSupervisors({ actor: admin, windowId: w.window.id, supervisorIds: [duty.userId, w.teller.id] }),
    ).rejects.toMatchObject({ code: "NOT_A_SUPERVISOR", field: "supervisorIds" });
    await expect(setWindowSupervisors({ actor: admin, windowId: "no-such-window", supervisorIds: [] })).rejects.toMatchObject({
      code: "WINDOW_NOT_FOUND",
    });
    await expect(setWindowSupervisors({ actor: duty, windowId: w.window.id, supervisorIds: [duty.userId] })).rejects.toMatchObject({
      code: "FORBIDDEN_ROLE",
    });
    expect({ rows: await db.windowSupervisor.count(), audits: await db.auditEntry.count() }).toEqual(before);
  });
});
