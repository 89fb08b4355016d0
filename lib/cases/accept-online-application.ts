import { DomainError } from "@/lib/errors";
import { todayInShanghai } from "@/lib/dates/calendar";
import { requireTellerAtWindow, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { assertEligible, evaluateLoanRequest } from "@/lib/cases/loan-request";
import { transitionLoanMatter } from "@/lib/cases/transition-matter";

/**
 * The window picks up an online application (SUBMITTED → ACCEPTED) without re-typing anything:
 * the stored request is re-assessed under the current policy (rate and policyVersion refreshed),
 * and the teller becomes the case's acceptor and its window.
 * Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, NOT_FOUND, ALREADY_HANDLED, ILLEGAL_TRANSITION,
 * NOT_ELIGIBLE (details.problems), UNKNOWN_PROPERTY.
 */
export async function acceptOnlineApplication(opts: { actor: Actor; matterId: string; expectedVersion?: number; now?: Date }): Promise<{ matterId: string; loanNo: string }> {
  const windowId = requireTellerAtWindow(opts.actor);
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    const matter = await tx.caseMatter.findUnique({
      where: { id: opts.matterId },
      select: { caseId: true, loan: { include: { borrower: { select: { idNumber: true } }, coBorrower: { select: { idNumber: true } }, unit: { select: { unitNo: true } } } } },
    });
    const loan = matter?.loan;
    if (!matter || !loan) throw new DomainError("NOT_FOUND", { details: { entity: "CaseMatter" } });
    const evaluation = await evaluateLoanRequest(tx, {
      applicantIdNumber: loan.borrower.idNumber,
      asOf: todayInShanghai(now),
      excludeLoanId: loan.id,
      request: {
        property: loan.unit.unitNo,
        coApplicantIdNumber: loan.coBorrower?.idNumber ?? null,
        amount: loan.principal.toFixed(2),
        termMonths: loan.termMonths,
        method: loan.method,
        isFirstHome: loan.isFirstHome,
      },
    });
    await transitionLoanMatter(tx, {
      matterId: opts.matterId,
      expectedVersion: opts.expectedVersion,
      action: "ACCEPT",
      actor: opts.actor,
      now,
      authorize: () => assertEligible(evaluation),
    });
    await tx.loan.update({
      where: { id: loan.id },
      data: { annualRatePercent: evaluation.assessment.annualRatePercent, policyVersion: evaluation.policy.version, version: { increment: 1 } },
    });
    await tx.case.update({ where: { id: matter.caseId }, data: { acceptedById: opts.actor.userId, windowId } });
    return { matterId: opts.matterId, loanNo: loan.loanNo };
  });
}
