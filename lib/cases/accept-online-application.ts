import { DomainError } from "@/lib/errors";
import { todayInShanghai } from "@/lib/dates/calendar";
import { requireTellerAtWindow, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { assertEligible, evaluateLoanRequest } from "@/lib/cases/loan-request";
import { transitionLoanMatter } from "@/lib/cases/transition-matter";
import { screenLoanAcceptance } from "@/lib/fraud/screen-loan";

/**
 * The window picks up an online application (SUBMITTED → ACCEPTED) without re-typing anything:
 * the stored request is re-assessed under the current policy (rate and policyVersion refreshed),
 * and the teller becomes the case's acceptor and its window. The same anti-fraud screening as an
 * acceptance at the window runs first (lib/fraud/screen-loan screenLoanAcceptance, the one place of
 * those rules): the insider control (the teller is not the applicant, the co-applicant or a declared
 * relative — INSIDER_CONFLICT, flagged), the registry cross-check and the repeat-trade flag.
 * Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, NOT_FOUND, ALREADY_HANDLED, ILLEGAL_TRANSITION,
 * CASE_OTHER_WINDOW (the case is already another window's), WINDOW_OCCUPIED, INSIDER_CONFLICT,
 * NOT_ELIGIBLE (details.problems), UNKNOWN_PROPERTY.
 */
export async function acceptOnlineApplication(opts: {
  actor: Actor;
  matterId: string;
  expectedVersion?: number;
  now?: Date;
}): Promise<{ matterId: string; loanNo: string }> {
  const windowId = requireTellerAtWindow(opts.actor);
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    const matter = await tx.caseMatter.findUnique({
      where: { id: opts.matterId },
      select: {
        caseId: true,
        case: { select: { depositorId: true } },
        loan: {
          include: {
            borrower: { select: { idNumber: true } },
            coBorrower: { select: { idNumber: true } },
            unit: { select: { unitNo: true } },
          },
        },
      },
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
      authorize: async () => {
        await screenLoanAcceptance(tx, {
          property: loan.unit.unitNo,
          applicantIdNumbers: [loan.borrower.idNumber, ...(loan.coBorrower ? [loan.coBorrower.idNumber] : [])],
          depositorId: matter.case.depositorId,
          actor: { userId: opts.actor.userId, windowId, staff: true },
          now,
        });
        assertEligible(evaluation);
      },
    });
    await tx.loan.update({
      where: { id: loan.id },
      data: {
        annualRatePercent: evaluation.assessment.annualRatePercent,
        policyVersion: evaluation.policy.version,
        version: { increment: 1 },
      },
    });
    await tx.case.update({ where: { id: matter.caseId }, data: { acceptedById: opts.actor.userId, windowId } });
    return { matterId: opts.matterId, loanNo: loan.loanNo };
  });
}
