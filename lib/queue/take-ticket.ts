import { recordAudit } from "@/lib/audit/record-audit";
import { dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import { parseResidentId } from "@/lib/identity/resident-id";
import { inTransaction } from "@/lib/db/transaction";
import { lockSeries, pad } from "@/lib/db/serial";

/**
 * A citizen takes a ticket at the kiosk (no sign-in). Numbers restart every business day (A001,
 * A002, …); a per-day advisory lock keeps two kiosks from drawing the same number. The optional
 * ID number lets the window open the case without typing it.
 * Errors: INVALID_ID_NUMBER (field idNumber).
 */
export async function takeTicket(
  opts: { idNumber?: string | null; now?: Date } = {},
): Promise<{ ticketId: string; ticketNo: string; number: number; waitingAhead: number }> {
  let idNumber: string | null = null;
  if (opts.idNumber?.trim()) {
    const parsed = parseResidentId(opts.idNumber);
    if (!parsed.ok) throw new DomainError("INVALID_ID_NUMBER", { field: "idNumber", details: { problem: parsed.problem } });
    idNumber = parsed.value.idNumber;
  }
  const now = opts.now ?? new Date();
  const day = todayInShanghai(now);
  const businessDate = dateColumn(day);
  return inTransaction(async (tx) => {
    await lockSeries(tx, `ticket:${day}`);
    const last = await tx.queueTicket.findFirst({ where: { businessDate }, orderBy: { number: "desc" }, select: { number: true } });
    const number = (last?.number ?? 0) + 1;
    const ticketNo = `A${pad(number, 3)}`;
    const ticket = await tx.queueTicket.create({ data: { businessDate, number, ticketNo, idNumber, status: "WAITING", createdAt: now } });
    const waitingAhead = await tx.queueTicket.count({ where: { businessDate, status: "WAITING", number: { lt: number } } });
    await recordAudit(tx, {
      actorLabel: "kiosk",
      action: "TICKET_TAKEN",
      entityType: "QueueTicket",
      entityId: ticket.id,
      toState: "WAITING",
      detail: { ticketNo },
    });
    return { ticketId: ticket.id, ticketNo, number, waitingAhead };
  });
}
