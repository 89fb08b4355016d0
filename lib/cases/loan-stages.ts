/**
 * The stages of a loan matter and the only legal moves between them: one state machine, in one
 * place. Use cases ask `planLoanTransition` before they write; the database re-checks the stage
 * they read (optimistic version) inside the same transaction.
 *
 *   SUBMITTED (online) ─accept─▶
 *   ACCEPTED ─approve─▶ APPROVED ─sign─▶ CONTRACTS_SIGNED ─register─▶ MORTGAGE_REGISTERED
 *      │ ▲                                                                  │ recheck
 *      │ └─resubmit── RETURNED ◀─return─┐                                   ▼
 *      └──reject──▶ REJECTED            (from ACCEPTED)      DISBURSED ◀─disburse─ RECHECKED
 */

export type LoanStage =
  "SUBMITTED" | "ACCEPTED" | "RETURNED" | "REJECTED" | "APPROVED" | "CONTRACTS_SIGNED" | "MORTGAGE_REGISTERED" | "RECHECKED" | "DISBURSED";

export type LoanAction =
  "ACCEPT" | "APPROVE" | "REJECT" | "RETURN" | "RESUBMIT" | "SIGN_CONTRACTS" | "REGISTER_MORTGAGE" | "RECHECK" | "DISBURSE";

export type StageRole = "TELLER" | "REVIEWER" | "SYSTEM";

type Move = { from: LoanStage; to: LoanStage; role: StageRole };

export const LOAN_MOVES: Record<LoanAction, Move> = {
  ACCEPT: { from: "SUBMITTED", to: "ACCEPTED", role: "TELLER" },
  APPROVE: { from: "ACCEPTED", to: "APPROVED", role: "REVIEWER" },
  REJECT: { from: "ACCEPTED", to: "REJECTED", role: "REVIEWER" },
  RETURN: { from: "ACCEPTED", to: "RETURNED", role: "REVIEWER" },
  RESUBMIT: { from: "RETURNED", to: "ACCEPTED", role: "TELLER" },
  SIGN_CONTRACTS: { from: "APPROVED", to: "CONTRACTS_SIGNED", role: "TELLER" },
  REGISTER_MORTGAGE: { from: "CONTRACTS_SIGNED", to: "MORTGAGE_REGISTERED", role: "TELLER" },
  RECHECK: { from: "MORTGAGE_REGISTERED", to: "RECHECKED", role: "REVIEWER" },
  DISBURSE: { from: "RECHECKED", to: "DISBURSED", role: "SYSTEM" },
};

export const TERMINAL_STAGES: readonly LoanStage[] = ["REJECTED", "DISBURSED"];

export const LOAN_STAGE_LABELS: Record<LoanStage, string> = {
  SUBMITTED: "网上已申请",
  ACCEPTED: "已受理",
  RETURNED: "退回补件",
  REJECTED: "不予受理",
  APPROVED: "审核通过",
  CONTRACTS_SIGNED: "已签合同",
  MORTGAGE_REGISTERED: "抵押已登记",
  RECHECKED: "已复核",
  DISBURSED: "已放款",
};

/** Who did what so far on the matter: the inputs of the four-eyes rules. */
export type MatterActors = { acceptedBy: string; approvedBy?: string | null };

export type TransitionRefusal =
  { code: "ILLEGAL_TRANSITION"; from: LoanStage; action: LoanAction } | { code: "FOUR_EYES_ACCEPTOR" } | { code: "FOUR_EYES_APPROVER" };

export type TransitionPlan = { ok: true; from: LoanStage; to: LoanStage } | { ok: false; refusal: TransitionRefusal };

/**
 * Decides whether `actorId` may take `action` on a matter in stage `from`.
 * Four-eyes: whoever accepted the case never approves or rechecks it, and the approver never
 * rechecks it.
 */
export function planLoanTransition(from: LoanStage, action: LoanAction, actorId: string, actors: MatterActors): TransitionPlan {
  const move = LOAN_MOVES[action];
  if (move.from !== from) return { ok: false, refusal: { code: "ILLEGAL_TRANSITION", from, action } };
  if ((action === "APPROVE" || action === "REJECT" || action === "RETURN" || action === "RECHECK") && actorId === actors.acceptedBy) {
    return { ok: false, refusal: { code: "FOUR_EYES_ACCEPTOR" } };
  }
  if (action === "RECHECK" && actors.approvedBy && actorId === actors.approvedBy) {
    return { ok: false, refusal: { code: "FOUR_EYES_APPROVER" } };
  }
  return { ok: true, from, to: move.to };
}

/** The actions a matter in `stage` can take next (for buttons and timelines). */
export function nextActions(stage: LoanStage): LoanAction[] {
  return (Object.keys(LOAN_MOVES) as LoanAction[]).filter((action) => LOAN_MOVES[action].from === stage);
}
