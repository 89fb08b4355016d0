import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { takeTicket } from "@/lib/queue/take-ticket";
import { callNextTicket } from "@/lib/queue/call-next-ticket";
import { completeTicket, markNoShow } from "@/lib/queue/finish-ticket";
import { openCaseAtWindow } from "@/lib/cases/open-case";
import { createApplicant, createCenter, errorOf, type Center } from "../cases/fixtures";

let c: Center;
beforeAll(async () => {
  c = await createCenter();
});

describe("the ticket queue", () => {
  it("numbers tickets A001… without gaps or duplicates under concurrency", async () => {
    const tickets = await Promise.all(Array.from({ length: 10 }, () => takeTicket({})));
    expect(tickets.map((t) => t.ticketNo).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `A${String(i + 1).padStart(3, "0")}`));
    expect(tickets.find((t) => t.number === 5)!.waitingAhead).toBe(4);
    expect(await errorOf(takeTicket({ idNumber: "320102198805120035" }))).toMatchObject({ code: "INVALID_ID_NUMBER", field: "idNumber" });
  });

  it("two windows calling at once never get the same ticket; an empty queue gives null", async () => {
    const calls = await Promise.all(
      Array.from({ length: 12 }, (_, i) => callNextTicket({ actor: i % 2 ? c.actors.teller : c.actors.teller2 })),
    );
    const called = calls.filter((t) => t !== null);
    expect(called).toHaveLength(10);
    expect(new Set(called.map((t) => t!.ticketId)).size).toBe(10);
    expect(calls.filter((t) => t === null)).toHaveLength(2);
    expect(await db.queueTicket.count({ where: { status: "WAITING" } })).toBe(0);
  });

  it("a called ticket opens a case at its window and is then completed; another window cannot touch it", async () => {
    const a = await createApplicant(c);
    await takeTicket({ idNumber: a.applicant.idNumber });
    const ticket = (await callNextTicket({ actor: c.actors.teller }))!;
    expect(ticket.idNumber).toBe(a.applicant.idNumber);
    expect(
      (await errorOf(openCaseAtWindow({ actor: c.actors.teller2, idNumber: a.applicant.idNumber, ticketId: ticket.ticketId }))).code,
    ).toBe("TICKET_OTHER_WINDOW");
    const opened = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber, ticketId: ticket.ticketId });
    expect((await db.queueTicket.findUniqueOrThrow({ where: { id: ticket.ticketId } })).caseId).toBe(opened.caseId);
    expect(
      (await errorOf(openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber, ticketId: ticket.ticketId }))).code,
    ).toBe("TICKET_HAS_CASE");
    expect((await errorOf(completeTicket({ actor: c.actors.teller2, ticketId: ticket.ticketId }))).code).toBe("TICKET_OTHER_WINDOW");
    await completeTicket({ actor: c.actors.teller, ticketId: ticket.ticketId });
    expect((await errorOf(markNoShow({ actor: c.actors.teller, ticketId: ticket.ticketId }))).code).toBe("TICKET_NOT_CALLED");
  });
});
