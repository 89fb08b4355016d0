import { recordAudit } from "@/lib/audit/record-audit";
import { dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { requireTellerAtWindow, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";

export type CalledTicket = { ticketId: string; ticketNo: string; number: number; idNumber: string | null };

/**
 * A free window calls the oldest WAITING ticket of today. FOR UPDATE SKIP LOCKED: two windows
 * calling at once take two different tickets, never the same one. Returns null when nobody waits.
 * Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED.
 */
export async function callNextTicket(opts: { actor: Actor; now?: Date }): Promise<CalledTicket | null> {
  const windowId = requireTellerAtWindow(opts.actor);
  const now = opts.now ?? new Date();
  const businessDate = dateColumn(todayInShanghai(now));
  return inTransaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "QueueTicket"
      WHERE "businessDate" = ${businessDate}::date AND status = 'WAITING'
      ORDER BY number
      LIMIT 1
      FOR UPDATE SKIP LOCKED`;
    const id = rows[0]?.id;
    if (!id) return null;
    const ticket = await tx.queueTicket.update({
      where: { id },
      data: { status: "CALLED", windowId, calledById: opts.actor.userId, calledAt: now },
    });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      windowId,
      action: "TICKET_CALLED",
      entityType: "QueueTicket",
      entityId: id,
      fromState: "WAITING",
      toState: "CALLED",
      detail: { ticketNo: ticket.ticketNo },
    });
    return { ticketId: id, ticketNo: ticket.ticketNo, number: ticket.number, idNumber: ticket.idNumber };
  });
}
