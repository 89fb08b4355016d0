import type { TicketStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import { requireTellerAtWindow, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";

async function finish(
  opts: { actor: Actor; ticketId: string },
  to: Extract<TicketStatus, "DONE" | "NO_SHOW">,
): Promise<{ ticketId: string; status: TicketStatus }> {
  const windowId = requireTellerAtWindow(opts.actor);
  return inTransaction(async (tx) => {
    const ticket = await tx.queueTicket.findUnique({
      where: { id: opts.ticketId },
      select: { status: true, windowId: true, ticketNo: true },
    });
    if (!ticket) throw new DomainError("NOT_FOUND", { details: { entity: "QueueTicket" } });
    if (ticket.windowId !== windowId) throw new DomainError("TICKET_OTHER_WINDOW");
    const moved = await tx.queueTicket.updateMany({ where: { id: opts.ticketId, status: "CALLED" }, data: { status: to } });
    if (moved.count !== 1) throw new DomainError("TICKET_NOT_CALLED");
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      windowId,
      action: to === "DONE" ? "TICKET_DONE" : "TICKET_NO_SHOW",
      entityType: "QueueTicket",
      entityId: opts.ticketId,
      fromState: "CALLED",
      toState: to,
      detail: { ticketNo: ticket.ticketNo },
    });
    return { ticketId: opts.ticketId, status: to };
  });
}

/** The window finished serving a ticket it called (CALLED → DONE). Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, NOT_FOUND, TICKET_OTHER_WINDOW, TICKET_NOT_CALLED. */
export function completeTicket(opts: { actor: Actor; ticketId: string }) {
  return finish(opts, "DONE");
}

/** The called citizen did not come (CALLED → NO_SHOW). Same errors as completeTicket. */
export function markNoShow(opts: { actor: Actor; ticketId: string }) {
  return finish(opts, "NO_SHOW");
}
