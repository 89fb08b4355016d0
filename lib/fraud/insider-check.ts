import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { loadStaffTies } from "@/lib/fraud/facts";
import { recordRefusalFlags } from "@/lib/fraud/flags";
import { findInsiderConflict, insiderConflictMessage } from "@/lib/fraud/insider-rule";

/** What the staff member was about to do, for the flag's reason. */
export const INSIDER_ACTION_LABELS = {
  WITHDRAWAL_SUBMIT: "窗口受理提取申请",
  WITHDRAWAL_DECIDE: "审批提取申请",
  WITHDRAWAL_PAYOUT: "支付提取款项",
  CASE_OPEN: "开立办件",
  LOAN_ACCEPT: "受理贷款申请",
  LOAN_REVIEW: "审核贷款申请",
  LOAN_RECHECK: "复核放款",
  FLAG_RESOLVE: "核查风险预警",
  TRANSFER_SUBMIT: "窗口受理转移接续申请",
  TRANSFER_DECIDE: "审批转出申请",
} as const;
export type InsiderAction = keyof typeof INSIDER_ACTION_LABELS;

/**
 * Refuses a staff member handling a matter of themselves or of a declared relative: records an
 * INSIDER_CONFLICT flag (in its own transaction, so the refusal cannot roll it back; once per
 * `refusalKey`) and throws INSIDER_CONFLICT with the Chinese reason in details.reason.
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
  const who = conflict.kind === "SELF" ? "本人" : `已申报亲属（${conflict.relation} ${conflict.name}）`;
  await recordRefusalFlags(
    [
      {
        kind: "INSIDER_CONFLICT",
        reason: `经办人员试图${INSIDER_ACTION_LABELS[opts.action]}，申请人为其${who}，已拒绝`,
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
  const message = insiderConflictMessage(conflict);
  throw new DomainError("INSIDER_CONFLICT", { message, details: { reason: message, kind: conflict.kind } });
}
