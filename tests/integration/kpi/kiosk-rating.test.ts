import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { dateColumn } from "@/lib/dates/calendar";
import { rateCase } from "@/lib/followups/rate-case";
import { rateVisitAtKiosk } from "@/lib/followups/rate-visit-at-kiosk";
import { footprint, windowCase, world } from "./fixtures";

const NOW = new Date("2026-03-05T06:00:00Z"); // Thursday 14:00 in Shanghai
let n = 0;

/** Today's ticket `ticketNo` served by `caseId` (as the window links them when it opens the case). */
async function ticket(caseId: string, businessDate = "2026-03-05") {
  n += 1;
  const ticketNo = `A${String(700 + n)}`;
  await db.queueTicket.create({ data: { businessDate: dateColumn(businessDate), number: 700 + n, ticketNo, status: "DONE", caseId } });
  return ticketNo;
}

describe("好差评 at the hall kiosk (ticket number + ID suffix)", () => {
  it("rates the visit's case once, opens the follow-up task for a bad score, and the portal cannot rate it again", async () => {
    const w = await world();
    const c = await windowCase(w, w.alice.depositor.id, { openedAt: new Date("2026-03-05T05:00:00Z") });
    const ticketNo = await ticket(c.id);
    const suffix = w.alice.depositor.idNumber.slice(-6);

    const r = await rateVisitAtKiosk({ ticketNo: ticketNo.toLowerCase(), idSuffix: suffix, score: 2, comment: " 等候太久 ", now: NOW });
    expect(r).toMatchObject({ caseNo: c.caseNo, dueOn: "2026-03-09" });
    expect(await db.caseRating.findUniqueOrThrow({ where: { caseId: c.id } })).toMatchObject({
      score: 2,
      comment: "等候太久",
      windowId: w.window.id,
      tellerId: w.teller.id,
      depositorId: w.alice.depositor.id,
    });
    const task = await db.followUpTask.findUniqueOrThrow({ where: { id: r.followUpTaskId! } });
    expect(task).toMatchObject({ kind: "BAD_RATING", status: "OPEN", windowId: w.window.id, caseId: c.id });
    expect(await db.auditEntry.count({ where: { action: "CASE_RATED", entityId: c.id, actorLabel: "kiosk" } })).toBe(1);

    // Once per case, whichever way: the kiosk again, two at once, or the portal.
    const before = await footprint();
    const again = await Promise.allSettled([
      rateVisitAtKiosk({ ticketNo, idSuffix: suffix, score: 5, now: NOW }),
      rateVisitAtKiosk({ ticketNo, idSuffix: suffix, score: 5, now: NOW }),
    ]);
    for (const a of again) expect(a).toMatchObject({ status: "rejected", reason: { code: "ALREADY_RATED" } });
    await expect(rateCase({ actor: w.alice.actor, caseId: c.id, score: 5, now: NOW })).rejects.toMatchObject({ code: "ALREADY_RATED" });
    expect(await footprint()).toEqual(before);
  });

  it("a good score opens no task", async () => {
    const w = await world();
    const c = await windowCase(w, w.bob.depositor.id);
    const r = await rateVisitAtKiosk({ ticketNo: await ticket(c.id), idSuffix: w.bob.depositor.idNumber.slice(-6), score: 5, now: NOW });
    expect(r).toMatchObject({ followUpTaskId: null, dueOn: null });
  });

  it("bad input: a wrong ID suffix, yesterday's ticket, an open case, a malformed number or score — a Chinese refusal, nothing written", async () => {
    const w = await world();
    const closed = await windowCase(w, w.alice.depositor.id);
    const open = await windowCase(w, w.bob.depositor.id, { open: true });
    const today = await ticket(closed.id);
    const yesterday = await ticket((await windowCase(w, w.alice.depositor.id)).id, "2026-03-04");
    const openTicket = await ticket(open.id);
    const suffix = w.alice.depositor.idNumber.slice(-6);
    const wrong = suffix === "000000" ? "000001" : "000000";
    const before = await footprint();
    await expect(rateVisitAtKiosk({ ticketNo: today, idSuffix: wrong, score: 1, now: NOW })).rejects.toMatchObject({
      code: "KIOSK_VISIT_NOT_FOUND",
    });
    await expect(rateVisitAtKiosk({ ticketNo: yesterday, idSuffix: suffix, score: 1, now: NOW })).rejects.toMatchObject({
      code: "KIOSK_VISIT_NOT_FOUND",
    });
    await expect(rateVisitAtKiosk({ ticketNo: "A999", idSuffix: suffix, score: 1, now: NOW })).rejects.toMatchObject({
      code: "KIOSK_VISIT_NOT_FOUND",
    });
    await expect(
      rateVisitAtKiosk({ ticketNo: openTicket, idSuffix: w.bob.depositor.idNumber.slice(-6), score: 1, now: NOW }),
    ).rejects.toMatchObject({ code: "CASE_NOT_CLOSED" });
    await expect(rateVisitAtKiosk({ ticketNo: "7", idSuffix: suffix, score: 1, now: NOW })).rejects.toMatchObject({
      code: "KIOSK_TICKET_INVALID",
      field: "ticketNo",
    });
    await expect(rateVisitAtKiosk({ ticketNo: today, idSuffix: "12", score: 1, now: NOW })).rejects.toMatchObject({
      code: "KIOSK_ID_SUFFIX_INVALID",
      field: "idSuffix",
    });
    await expect(rateVisitAtKiosk({ ticketNo: today, idSuffix: suffix, score: 6, now: NOW })).rejects.toMatchObject({
      code: "INVALID_SCORE",
      field: "score",
    });
    expect(await footprint()).toEqual(before);
  });
});
