import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import { LOAN_MOVES, planLoanTransition, type LoanAction, type LoanStage } from "@/lib/cases/loan-stages";
import { isAlreadyHandled } from "@/lib/cases/stage-reach";
import type { Actor } from "@/lib/auth/actor";
import { assertTellerAtCaseWindow } from "@/lib/cases/case-window";
import { notifyLoanStage } from "@/lib/notifications/loan-stage-events";

const matterSelect = {
  id: true,
  caseId: true,
  kind: true,
  status: true,
  loanStage: true,
  loanId: true,
  approvedById: true,
  version: true,
  case: { select: { acceptedById: true, depositorId: true, windowId: true, status: true } },
} as const;

export type LoadedMatter = Prisma.CaseMatterGetPayload<{ select: typeof matterSelect }>;

export type TransitionResult = {
  matterId: string;
  caseId: string;
  loanId: string | null;
  from: LoanStage;
  to: LoanStage;
  version: number;
  matter: LoadedMatter;
};

/**
 * The one way a loan matter changes stage, inside the caller's transaction:
 * - the role of the move (lib/cases/loan-stages LOAN_MOVES): TELLER moves need a teller signed in
 *   to the case's window (lib/cases/case-window: or any window for a case no window holds yet, i.e.
 *   an online application being accepted), REVIEWER moves a reviewer; SYSTEM moves (disbursement)
 *   follow a reviewer's recheck;
 * - `planLoanTransition` decides legality and four-eyes (acceptor = case.acceptedById, approver =
 *   matter.approvedById);
 * - `authorize` runs after the plan and before any write (e.g. the approval limit);
 * - the write is guarded by the version read: a concurrent winner makes it ALREADY_HANDLED;
 * - a CaseTransition row and an audit entry record actor, window, time, from and to.
 * Errors: NOT_FOUND, FORBIDDEN_ROLE, WINDOW_REQUIRED, CASE_OTHER_WINDOW, WINDOW_OCCUPIED,
 * ALREADY_HANDLED, ILLEGAL_TRANSITION (details from, action), FOUR_EYES_ACCEPTOR, FOUR_EYES_APPROVER.
 */
export async function transitionLoanMatter(
  tx: Tx,
  opts: {
    matterId: string;
    expectedVersion?: number;
    action: LoanAction;
    actor: Actor;
    note?: string | null;
    patch?: Prisma.CaseMatterUncheckedUpdateManyInput;
    authorize?: (matter: LoadedMatter) => void | Promise<void>;
    auditDetail?: Prisma.InputJsonValue;
    now?: Date;
  },
): Promise<TransitionResult> {
  const { actor, action } = opts;
  const move = LOAN_MOVES[action];
  if (move.role === "TELLER") {
    if (!actor.roles.includes("TELLER")) throw new DomainError("FORBIDDEN_ROLE", { details: { role: "TELLER" } });
    if (!actor.windowId) throw new DomainError("WINDOW_REQUIRED");
  } else if (move.role === "REVIEWER" && !actor.roles.includes("REVIEWER")) {
    throw new DomainError("FORBIDDEN_ROLE", { details: { role: "REVIEWER" } });
  }

  const matter = await tx.caseMatter.findUnique({ where: { id: opts.matterId }, select: matterSelect });
  if (!matter || matter.kind !== "LOAN" || !matter.loanStage) throw new DomainError("NOT_FOUND", { details: { entity: "CaseMatter" } });
  if (opts.expectedVersion !== undefined && opts.expectedVersion !== matter.version) {
    throw new DomainError("ALREADY_HANDLED", { details: { stage: matter.loanStage } });
  }
  const plan = planLoanTransition(matter.loanStage, action, actor.userId, {
    acceptedBy: matter.case.acceptedById ?? "",
    approvedBy: matter.approvedById,
  });
  if (!plan.ok) {
    const refusal = plan.refusal;
    if (refusal.code === "ILLEGAL_TRANSITION") {
      if (isAlreadyHandled(refusal.from, action)) throw new DomainError("ALREADY_HANDLED", { details: { stage: refusal.from } });
      throw new DomainError("ILLEGAL_TRANSITION", { details: { from: refusal.from, action } });
    }
    throw new DomainError(refusal.code);
  }
  const now = opts.now ?? new Date();
  if (move.role === "TELLER") {
    await assertTellerAtCaseWindow(tx, {
      actor: { userId: actor.userId, windowId: actor.windowId! },
      caseWindowId: matter.case.windowId,
      now,
      allowUnassigned: action === "ACCEPT",
    });
  }
  await opts.authorize?.(matter);

  const updated = await tx.caseMatter.updateMany({
    where: { id: matter.id, version: matter.version, loanStage: plan.from },
    data: { ...opts.patch, loanStage: plan.to, stageSince: now, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new DomainError("ALREADY_HANDLED", { details: { stage: plan.from } });

  const windowId = move.role === "TELLER" ? actor.windowId : null;
  await tx.caseTransition.create({
    data: {
      caseId: matter.caseId,
      matterId: matter.id,
      fromStage: plan.from,
      toStage: plan.to,
      actorId: actor.userId,
      windowId,
      note: opts.note ?? null,
      at: now,
    },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    windowId,
    action: `LOAN_${action}`,
    entityType: "CaseMatter",
    entityId: matter.id,
    fromState: plan.from,
    toState: plan.to,
    detail: opts.auditDetail ?? (opts.note ? { note: opts.note } : undefined),
  });
  await notifyLoanStage(tx, { matterId: matter.id, stage: plan.to, version: matter.version + 1, now });
  return {
    matterId: matter.id,
    caseId: matter.caseId,
    loanId: matter.loanId,
    from: plan.from,
    to: plan.to,
    version: matter.version + 1,
    matter,
  };
}
