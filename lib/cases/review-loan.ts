import { DomainError } from "@/lib/errors";
import { money, formatYuan } from "@/lib/money";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { closeCaseIfDone } from "@/lib/cases/close-case";
import { inTransaction } from "@/lib/db/transaction";
import { transitionLoanMatter, type LoadedMatter } from "@/lib/cases/transition-matter";
import { assertNoLoanInsiderConflict } from "@/lib/fraud/loan-insider";
import { assertLoanPartiesNotBanned, auditLoanBanRefusal } from "@/lib/fraud/loan-ban";
import type { Tx } from "@/lib/db";
import { releaseStageGuarantee } from "@/lib/projects/stage-guarantee";
import { todayInShanghai } from "@/lib/dates/calendar";

type ReviewOpts = { actor: Actor; matterId: string; expectedVersion?: number; now?: Date };

/** Insider control for every reviewer move: not a loan of themselves or of a declared relative. */
const noInsider = (tx: Tx, actor: Actor) => (matter: LoadedMatter) =>
  assertNoLoanInsiderConflict(tx, { staffUserId: actor.userId, matter, action: "LOAN_REVIEW" });

/**
 * A reviewer approves (ACCEPTED → APPROVED) within their delegated authority: principal ≤
 * approvalLimit. Four-eyes: never the case's acceptor. Records the approver (who then cannot recheck).
 * Never a loan of the reviewer or a declared relative (insider control, flagged). The blacklist
 * again: a ban on the borrower or co-borrower filed since acceptance refuses with its reason
 * (BLACKLISTED, audited BLACKLIST_REFUSAL after the rollback; lib/fraud/loan-ban).
 * Errors: FORBIDDEN_ROLE, NOT_FOUND, ALREADY_HANDLED, ILLEGAL_TRANSITION, FOUR_EYES_ACCEPTOR,
 * INSIDER_CONFLICT, BLACKLISTED (details.reason), OVER_AUTHORITY (details limit, principal).
 */
export async function approveLoan(opts: ReviewOpts & { note?: string | null }): Promise<{ matterId: string }> {
  requireActorRole(opts.actor, "REVIEWER");
  return inTransaction(async (tx) => {
    await transitionLoanMatter(tx, {
      matterId: opts.matterId,
      expectedVersion: opts.expectedVersion,
      action: "APPROVE",
      actor: opts.actor,
      note: opts.note?.trim() || "审核通过",
      now: opts.now,
      patch: { approvedById: opts.actor.userId, reviewNote: opts.note?.trim() || null },
      authorize: async (matter) => {
        await noInsider(tx, opts.actor)(matter);
        const loan = await tx.loan.findUniqueOrThrow({ where: { id: matter.loanId! }, select: { principal: true } });
        const limit = opts.actor.approvalLimit;
        if (!limit || money(loan.principal).gt(money(limit))) {
          throw new DomainError("OVER_AUTHORITY", {
            details: { limit: limit ? formatYuan(limit) : "0.00", principal: loan.principal.toFixed(2) },
          });
        }
        await assertLoanPartiesNotBanned(tx, { loanId: matter.loanId!, step: "LOAN_APPROVE", now: opts.now });
      },
    });
    return { matterId: opts.matterId };
  }).catch((error: unknown) => auditLoanBanRefusal(error, { actorId: opts.actor.userId, matterId: opts.matterId }));
}

/**
 * A reviewer rejects (ACCEPTED → REJECTED) with a reason: the loan becomes REJECTED, the case's
 * mortgage-registration matter is cancelled, and the case closes when nothing else is open.
 * Errors: FORBIDDEN_ROLE, REASON_REQUIRED (field reason), NOT_FOUND, ALREADY_HANDLED,
 * ILLEGAL_TRANSITION, FOUR_EYES_ACCEPTOR, INSIDER_CONFLICT.
 */
export async function rejectLoan(opts: ReviewOpts & { reason: string }): Promise<{ matterId: string; caseClosed: boolean }> {
  requireActorRole(opts.actor, "REVIEWER");
  const reason = opts.reason?.trim();
  if (!reason) throw new DomainError("REASON_REQUIRED", { field: "reason" });
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    const moved = await transitionLoanMatter(tx, {
      matterId: opts.matterId,
      expectedVersion: opts.expectedVersion,
      action: "REJECT",
      actor: opts.actor,
      note: reason,
      now,
      patch: { status: "REJECTED", reviewNote: reason },
      authorize: noInsider(tx, opts.actor),
    });
    await tx.loan.update({ where: { id: moved.loanId! }, data: { status: "REJECTED", version: { increment: 1 } } });
    // A rejected new-home loan no longer needs the developer's guarantee.
    await releaseStageGuarantee(tx, {
      loanId: moved.loanId!,
      on: todayInShanghai(now),
      reason: "LOAN_REJECTED",
      actorId: opts.actor.userId,
      windowId: null,
    });
    const cancelled = await tx.caseMatter.updateMany({
      where: { caseId: moved.caseId, kind: "MORTGAGE_REGISTRATION", status: "OPEN" },
      data: { status: "CANCELLED" },
    });
    if (cancelled.count > 0) {
      await recordAudit(tx, {
        actorId: opts.actor.userId,
        action: "MORTGAGE_REGISTRATION_CANCELLED",
        entityType: "Case",
        entityId: moved.caseId,
        fromState: "OPEN",
        toState: "CANCELLED",
      });
    }
    const caseClosed = await closeCaseIfDone(tx, moved.caseId, { actorId: opts.actor.userId }, now);
    return { matterId: opts.matterId, caseClosed };
  });
}

/**
 * A reviewer returns the application for missing materials (ACCEPTED → RETURNED): one notice that
 * lists every missing material. Errors: FORBIDDEN_ROLE, MATERIALS_REQUIRED (field
 * missingMaterials), NOT_FOUND, ALREADY_HANDLED, ILLEGAL_TRANSITION, FOUR_EYES_ACCEPTOR,
 * INSIDER_CONFLICT.
 */
export async function returnLoan(
  opts: ReviewOpts & { missingMaterials: string[]; note?: string | null },
): Promise<{ matterId: string; missingMaterials: string[] }> {
  requireActorRole(opts.actor, "REVIEWER");
  const materials = [...new Set((opts.missingMaterials ?? []).map((m) => m.trim()).filter(Boolean))];
  if (materials.length === 0) throw new DomainError("MATERIALS_REQUIRED", { field: "missingMaterials" });
  return inTransaction(async (tx) => {
    await transitionLoanMatter(tx, {
      matterId: opts.matterId,
      expectedVersion: opts.expectedVersion,
      action: "RETURN",
      actor: opts.actor,
      note: `请补充：${materials.join("、")}`,
      now: opts.now,
      patch: { missingMaterials: materials, reviewNote: opts.note?.trim() || null },
      auditDetail: { missingMaterials: materials, note: opts.note ?? null },
      authorize: noInsider(tx, opts.actor),
    });
    return { matterId: opts.matterId, missingMaterials: materials };
  });
}

/**
 * The teller resubmits a returned application once the materials are in (RETURNED → ACCEPTED);
 * the missing-materials notice is cleared; only at the case's window or after an audited hand-over.
 * Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, CASE_OTHER_WINDOW, WINDOW_OCCUPIED, NOT_FOUND,
 * ALREADY_HANDLED, ILLEGAL_TRANSITION.
 */
export async function resubmitLoan(opts: ReviewOpts & { note?: string | null }): Promise<{ matterId: string }> {
  return inTransaction(async (tx) => {
    await transitionLoanMatter(tx, {
      matterId: opts.matterId,
      expectedVersion: opts.expectedVersion,
      action: "RESUBMIT",
      actor: opts.actor,
      note: opts.note?.trim() || "已补充材料，重新提交",
      now: opts.now,
      patch: { missingMaterials: [] },
    });
    return { matterId: opts.matterId };
  });
}
