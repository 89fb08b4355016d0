import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { assertTellerAtCaseWindow } from "@/lib/cases/case-window";
import { inTransaction } from "@/lib/db/transaction";

/**
 * Hands an open case over to another window (移交办件), the only way a teller step on the case can be
 * taken elsewhere (lib/cases/case-window). Done by the teller at the case's window, or by an ADMIN
 * (the case's teller is gone); a reason is required. The move is guarded by the window read (two
 * hand-overs at once: one wins, the other ALREADY_HANDLED) and audited CASE_HANDED_OVER with both
 * windows and the reason. Four-eyes is unaffected: the acceptor stays the acceptor.
 * Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, NOT_FOUND, CASE_CLOSED, CASE_OTHER_WINDOW,
 * WINDOW_OCCUPIED, HANDOVER_REASON_REQUIRED (field reason), HANDOVER_WINDOW_UNAVAILABLE /
 * HANDOVER_SAME_WINDOW (field toWindowNo), ALREADY_HANDLED.
 */
export async function handOverCase(opts: {
  actor: Actor;
  caseId: string;
  toWindowNo: number;
  reason: string;
  now?: Date;
}): Promise<{ caseId: string; fromWindowNo: number | null; toWindowNo: number }> {
  const { actor } = opts;
  const asAdmin = actor.roles.includes("ADMIN");
  if (!asAdmin && !actor.roles.includes("TELLER")) throw new DomainError("FORBIDDEN_ROLE", { details: { role: "TELLER" } });
  if (!asAdmin && !actor.windowId) throw new DomainError("WINDOW_REQUIRED");
  const reason = opts.reason?.trim();
  if (!reason) throw new DomainError("HANDOVER_REASON_REQUIRED", { field: "reason" });
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    const found = await tx.case.findUnique({
      where: { id: opts.caseId },
      select: { caseNo: true, status: true, windowId: true, window: { select: { number: true } } },
    });
    if (!found) throw new DomainError("NOT_FOUND", { details: { entity: "Case" } });
    if (found.status !== "OPEN") throw new DomainError("CASE_CLOSED");
    if (!asAdmin)
      await assertTellerAtCaseWindow(tx, { actor: { userId: actor.userId, windowId: actor.windowId! }, caseWindowId: found.windowId, now });
    const target = await tx.serviceWindow.findFirst({
      where: { number: opts.toWindowNo, active: true },
      select: { id: true, number: true },
    });
    if (!target) throw new DomainError("HANDOVER_WINDOW_UNAVAILABLE", { field: "toWindowNo" });
    if (target.id === found.windowId) throw new DomainError("HANDOVER_SAME_WINDOW", { field: "toWindowNo" });
    const moved = await tx.case.updateMany({
      where: { id: opts.caseId, status: "OPEN", windowId: found.windowId },
      data: { windowId: target.id },
    });
    if (moved.count !== 1) throw new DomainError("ALREADY_HANDLED");
    await recordAudit(tx, {
      actorId: actor.userId,
      windowId: actor.windowId,
      action: "CASE_HANDED_OVER",
      entityType: "Case",
      entityId: opts.caseId,
      fromState: found.window ? `WINDOW_${found.window.number}` : null,
      toState: `WINDOW_${target.number}`,
      detail: { caseNo: found.caseNo, fromWindowId: found.windowId, toWindowId: target.id, reason, byAdmin: asAdmin },
    });
    return { caseId: opts.caseId, fromWindowNo: found.window?.number ?? null, toWindowNo: target.number };
  });
}
