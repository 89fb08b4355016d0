import "server-only";
import { db } from "@/lib/db";
import { businessDate, formatShanghaiDateTime } from "@/lib/dates/business-day";

export type CalledTicketDto = { id: string; ticketNo: string; idNumber: string | null; calledAt: string | null; caseId: string | null };

/** Tickets still waiting today. */
export async function countWaitingTickets(now: Date = new Date()): Promise<number> {
  return db.queueTicket.count({ where: { businessDate: businessDate(now), status: "WAITING" } });
}

/** The ticket this window called today and has not opened a case for yet, if any. */
export async function getOpenCalledTicket(windowId: string, now: Date = new Date()): Promise<CalledTicketDto | null> {
  const t = await db.queueTicket.findFirst({
    where: { businessDate: businessDate(now), windowId, status: "CALLED", caseId: null },
    orderBy: { calledAt: "desc" },
    select: { id: true, ticketNo: true, idNumber: true, calledAt: true, caseId: true },
  });
  return t ? { ...t, calledAt: t.calledAt ? formatShanghaiDateTime(t.calledAt) : null } : null;
}
