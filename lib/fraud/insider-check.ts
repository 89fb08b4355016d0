import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { loadStaffTies } from "@/lib/fraud/facts";
import { recordRefusalFlags } from "@/lib/fraud/flags";
import { findInsiderConflict } from "@/lib/fraud/insider-rule";
import { insiderFlagReason, insiderRefusalFacts, type InsiderAction } from "@/lib/fraud/refusal-messages";

export type { InsiderAction };

/**
 * Refuses a staff member handling a matter of themselves or of a declared relative: records an
 * INSIDER_CONFLICT flag (in its own transaction, so the refusal cannot roll it back; once per
 * `refusalKey`) and throws INSIDER_CONFLICT with the conflict's facts in details (kind, relation;
 * lib/fraud/refusal-messages words the refusal and the flag).
 * Call it inside the use case's transaction, before its audit entry.
 */
export async function assertNoInsiderConflict(
  tx: Tx,
  opts: {
    staffUserId: string;
    partyIdNumbers: string[];
    depositorId: string;
    action: InsiderAction;
    refusalKey: string;
    withdrawalId?: string | null;
    caseMatterId?: string | null;
    windowId?: string | null;
  },
): Promise<void> {
  const conflict = findInsiderConflict(await loadStaffTies(tx, opts.staffUserId), opts.partyIdNumbers);
  if (!conflict) return;
  await recordRefusalFlags(
    [
      {
        kind: "INSIDER_CONFLICT",
        reason: insiderFlagReason(opts.action, conflict),
        detail: { action: opts.action, conflict, staffUserId: opts.staffUserId },
        depositorId: opts.depositorId,
        withdrawalId: opts.withdrawalId ?? null,
        caseMatterId: opts.caseMatterId ?? null,
        handledById: opts.staffUserId,
        windowId: opts.windowId ?? null,
      },
    ],
    opts.refusalKey,
  );
  throw new DomainError("INSIDER_CONFLICT", { details: insiderRefusalFacts(conflict) });
}
