import { recordAudit } from "@/lib/audit/record-audit";
import { todayInShanghai } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import { parseResidentId } from "@/lib/identity/resident-id";
import { assertNoInsiderConflict } from "@/lib/fraud/insider-check";
import { requireTellerAtWindow, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { nextCaseNo } from "@/lib/db/serial";

/**
 * Opens a case (办件) at the teller's window from the citizen's ID number; with `ticketId`, the
 * queue ticket this window called is linked to it. The case number is the day's next BJyyyymmddNNNN.
 * Insider control: a teller cannot open a case for themselves or a declared relative (refused and
 * flagged for the risk officer, lib/fraud/insider-check).
 * Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, INVALID_ID_NUMBER / UNKNOWN_DEPOSITOR (field idNumber),
 * INSIDER_CONFLICT (details.reason),
 * NOT_FOUND (ticket), TICKET_NOT_CALLED, TICKET_OTHER_WINDOW, TICKET_HAS_CASE.
 */
export async function openCaseAtWindow(opts: {
  actor: Actor;
  idNumber: string;
  ticketId?: string | null;
  now?: Date;
}): Promise<{ caseId: string; caseNo: string }> {
  const windowId = requireTellerAtWindow(opts.actor);
  const parsed = parseResidentId(opts.idNumber);
  if (!parsed.ok) throw new DomainError("INVALID_ID_NUMBER", { field: "idNumber", details: { problem: parsed.problem } });
  const now = opts.now ?? new Date();
  return inTransaction(
    async (tx) => {
      const depositor = await tx.depositor.findUnique({ where: { idNumber: parsed.value.idNumber }, select: { id: true } });
      if (!depositor) throw new DomainError("UNKNOWN_DEPOSITOR", { field: "idNumber" });
      await assertNoInsiderConflict(tx, {
        staffUserId: opts.actor.userId,
        partyIdNumbers: [parsed.value.idNumber],
        depositorId: depositor.id,
        action: "CASE_OPEN",
        refusalKey: `openCase:${opts.actor.userId}:${parsed.value.idNumber}:${todayInShanghai(now)}`,
        windowId,
      });
      if (opts.ticketId) {
        const ticket = await tx.queueTicket.findUnique({
          where: { id: opts.ticketId },
          select: { status: true, windowId: true, caseId: true },
        });
        if (!ticket) throw new DomainError("NOT_FOUND", { details: { entity: "QueueTicket" } });
        if (ticket.caseId) throw new DomainError("TICKET_HAS_CASE");
        if (ticket.status !== "CALLED") throw new DomainError("TICKET_NOT_CALLED");
        if (ticket.windowId !== windowId) throw new DomainError("TICKET_OTHER_WINDOW");
      }
      const caseNo = await nextCaseNo(tx, todayInShanghai(now));
      const created = await tx.case.create({
        data: {
          caseNo,
          depositorId: depositor.id,
          channel: "WINDOW",
          status: "OPEN",
          windowId,
          acceptedById: opts.actor.userId,
          openedAt: now,
        },
      });
      if (opts.ticketId) {
        const linked = await tx.queueTicket.updateMany({
          where: { id: opts.ticketId, caseId: null, status: "CALLED" },
          data: { caseId: created.id },
        });
        if (linked.count !== 1) throw new DomainError("TICKET_HAS_CASE");
      }
      await recordAudit(tx, {
        actorId: opts.actor.userId,
        windowId,
        action: "CASE_OPENED",
        entityType: "Case",
        entityId: created.id,
        toState: "OPEN",
        detail: { caseNo, ticketId: opts.ticketId ?? null },
      });
      return { caseId: created.id, caseNo };
    },
    { onUnique: () => new DomainError("TICKET_HAS_CASE") },
  );
}
