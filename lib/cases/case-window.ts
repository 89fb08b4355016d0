import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { assertHoldsWindow } from "@/lib/auth/window-occupancy";

/**
 * Window ownership of a case (issue 14): a teller step on a case (accept, sign, register,
 * resubmit) is taken only at the case's window — a case moves to another window only by an
 * explicit, audited hand-over (lib/cases/hand-over-case.ts). A case no window holds yet (an online
 * application) is taken by the window that accepts it. The teller must still hold their window
 * (lib/auth/window-occupancy: nobody else signed in there since).
 * Errors: CASE_OTHER_WINDOW (details caseWindowId), WINDOW_OCCUPIED.
 */
export async function assertTellerAtCaseWindow(
  tx: Tx,
  opts: { actor: { userId: string; windowId: string }; caseWindowId: string | null; now: Date; allowUnassigned?: boolean },
): Promise<void> {
  const unassignedOk = opts.allowUnassigned && opts.caseWindowId === null;
  if (!unassignedOk && opts.caseWindowId !== opts.actor.windowId) {
    throw new DomainError("CASE_OTHER_WINDOW", { details: { caseWindowId: opts.caseWindowId } });
  }
  await assertHoldsWindow(tx, { windowId: opts.actor.windowId, userId: opts.actor.userId, now: opts.now });
}
