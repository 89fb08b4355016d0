import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { rateCase } from "@/lib/followups/rate-case";
import { replyFollowUp } from "@/lib/followups/reply-follow-up";
import { listRateableCases } from "@/lib/followups/queries";
import { addCalendarDay } from "@/lib/calendar/change-calendar-day";
import { getKpiReport } from "@/lib/dashboard/kpi-queries";
import { actor, footprint, windowCase, world } from "./fixtures";

const THURSDAY = new Date("2026-03-05T02:00:00Z"); // 10:00 in Shanghai

describe("好差评", () => {
  it("a bad rating opens exactly one follow-up task, due in 2 working days of the calendar", async () => {
    const w = await world();
    const c = await windowCase(w, w.alice.depositor.id);
    // Friday 6 March is declared a holiday: Monday and Tuesday are the two working days.
    await addCalendarDay({ actor: await actor(["ADMIN"]), date: "2026-03-06", kind: "HOLIDAY", name: "测试假日" });
    const result = await rateCase({ actor: w.alice.actor, caseId: c.id, score: 2, comment: " 等太久 ", now: THURSDAY });
    expect(result.dueOn).toBe("2026-03-10");
    const tasks = await db.followUpTask.findMany({ where: { caseId: c.id } });
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ kind: "BAD_RATING", status: "OPEN", windowId: w.window.id, ratingId: result.ratingId });
    expect(tasks[0]!.dueOn.toISOString().slice(0, 10)).toBe("2026-03-10");
    const rating = await db.caseRating.findUniqueOrThrow({ where: { caseId: c.id } });
    expect(rating).toMatchObject({ score: 2, comment: "等太久", windowId: w.window.id, tellerId: w.teller.id });
    expect(await db.auditEntry.count({ where: { action: "CASE_RATED", entityId: c.id, actorId: w.alice.actor.userId } })).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "FOLLOW_UP_OPENED", entityId: tasks[0]!.id } })).toBe(1);

    // Rating again (or twice at once) is refused; still one rating and one task.
    const again = await Promise.allSettled([
      rateCase({ actor: w.alice.actor, caseId: c.id, score: 1 }),
      rateCase({ actor: w.alice.actor, caseId: c.id, score: 1 }),
    ]);
    for (const r of again) expect(r).toMatchObject({ status: "rejected", reason: { code: "ALREADY_RATED" } });
    expect(await db.caseRating.count({ where: { caseId: c.id } })).toBe(1);
    expect(await db.followUpTask.count({ where: { caseId: c.id } })).toBe(1);
  });

  it("two ratings racing on one case: one wins, one task at most", async () => {
    const w = await world();
    const c = await windowCase(w, w.alice.depositor.id);
    const results = await Promise.allSettled([
      rateCase({ actor: w.alice.actor, caseId: c.id, score: 1, now: THURSDAY }),
      rateCase({ actor: w.alice.actor, caseId: c.id, score: 1, now: THURSDAY }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.caseRating.count({ where: { caseId: c.id } })).toBe(1);
    expect(await db.followUpTask.count({ where: { caseId: c.id } })).toBe(1);
  });

  it("a good rating opens no task", async () => {
    const w = await world();
    const c = await windowCase(w, w.alice.depositor.id);
    expect(await rateCase({ actor: w.alice.actor, caseId: c.id, score: 4, now: THURSDAY })).toMatchObject({ followUpTaskId: null });
    expect(await db.followUpTask.count({ where: { caseId: c.id } })).toBe(0);
  });

  it("a rating on someone else's case, an open case, or a bad score writes nothing", async () => {
    const w = await world();
    const bobs = await windowCase(w, w.bob.depositor.id);
    const open = await windowCase(w, w.alice.depositor.id, { open: true, stage: "ACCEPTED" });
    const before = await footprint();
    await expect(rateCase({ actor: w.alice.actor, caseId: bobs.id, score: 1 })).rejects.toMatchObject({ code: "CASE_NOT_FOUND" });
    await expect(rateCase({ actor: w.alice.actor, caseId: "no-such-case", score: 1 })).rejects.toMatchObject({ code: "CASE_NOT_FOUND" });
    await expect(rateCase({ actor: w.alice.actor, caseId: open.id, score: 5 })).rejects.toMatchObject({ code: "CASE_NOT_CLOSED" });
    await expect(rateCase({ actor: w.alice.actor, caseId: bobs.id, score: 6 })).rejects.toMatchObject({ code: "INVALID_SCORE" });
    await expect(rateCase({ actor: w.supervisor, caseId: bobs.id, score: 1 })).rejects.toMatchObject({ code: "FORBIDDEN_ROLE" });
    expect(await footprint()).toEqual(before);
  });

  it("the supervisor's reply closes the task once, and the citizen sees it", async () => {
    const w = await world();
    const c = await windowCase(w, w.alice.depositor.id);
    const { followUpTaskId } = await rateCase({ actor: w.alice.actor, caseId: c.id, score: 1, comment: "态度差", now: THURSDAY });
    const teller = await actor(["TELLER"]);
    await expect(replyFollowUp({ actor: teller, taskId: followUpTaskId!, reply: "已处理完毕" })).rejects.toMatchObject({
      code: "FORBIDDEN_ROLE",
    });
    const other = await actor(["SUPERVISOR"]);
    const replies = await Promise.allSettled([
      replyFollowUp({ actor: w.supervisor, taskId: followUpTaskId!, reply: "已向您致歉并改进窗口服务。" }),
      replyFollowUp({ actor: other, taskId: followUpTaskId!, reply: "另一位值班长的答复内容" }),
    ]);
    expect(replies.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(replies.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "TASK_CLOSED" } });
    const task = await db.followUpTask.findUniqueOrThrow({ where: { id: followUpTaskId! } });
    expect(task.status).toBe("CLOSED");
    expect(await db.auditEntry.count({ where: { action: "FOLLOW_UP_CLOSED", entityId: task.id } })).toBe(1);
    const [seen] = await listRateableCases(w.alice.depositor.id);
    expect(seen).toMatchObject({ caseId: c.id, rating: { score: 1, comment: "态度差", reply: task.reply } });
  });

  it("the KPIs count the window's and the teller's closed cases, median minutes, success and satisfaction", async () => {
    const w = await world();
    const opened = new Date("2026-02-10T01:00:00Z");
    const a = await windowCase(w, w.alice.depositor.id, { openedAt: opened, closedAt: new Date(opened.getTime() + 10 * 60_000) });
    const b = await windowCase(w, w.bob.depositor.id, { openedAt: opened, closedAt: new Date(opened.getTime() + 30 * 60_000) });
    await windowCase(w, w.bob.depositor.id, { openedAt: opened, closedAt: new Date(opened.getTime() + 25 * 60_000) });
    await db.caseMatter.updateMany({ where: { caseId: b.id }, data: { status: "REJECTED" } });
    await rateCase({ actor: w.alice.actor, caseId: a.id, score: 5, now: THURSDAY });
    await rateCase({ actor: w.bob.actor, caseId: b.id, score: 2, now: THURSDAY });
    const report = await getKpiReport("2026-02-01", "2026-03-01");
    const row = report.perWindow.find((r) => r.windowNo === w.window.number);
    expect(row).toMatchObject({ cases: 3, medianMinutes: "25.0", successRate: "66.7", ratings: 2, satisfaction: "3.50" });
    const teller = report.perTeller.find((t) => t.key === w.teller.id);
    expect(teller).toMatchObject({ cases: 3, medianMinutes: "25.0", successRate: "66.7", satisfaction: "3.50" });
  });
});
