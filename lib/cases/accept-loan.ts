import { DomainError } from "@/lib/errors";
import { requireTellerAtWindow, type Actor } from "@/lib/auth/actor";
import { createLoanApplication } from "@/lib/cases/create-loan-application";
import { inTransaction } from "@/lib/db/transaction";
import type { LoanRequest } from "@/lib/cases/loan-request";
import { todayInShanghai } from "@/lib/dates/calendar";
import { formatYuan } from "@/lib/money";
import { openStageGuarantee } from "@/lib/projects/stage-guarantee";
import { screenLoanAcceptance } from "@/lib/fraud/screen-loan";
import { assertTellerAtCaseWindow } from "@/lib/cases/case-window";
import { attachCaseDocuments } from "@/lib/cases/attach-case-documents";
import type { DocumentDraft } from "@/lib/documents/prepare-document";

export { acceptOnlineApplication } from "@/lib/cases/accept-online-application";

export type AcceptLoanInput = LoanRequest & {
  actor: Actor;
  caseId: string;
  payeeName: string;
  payeeAccount: string;
  /** The materials scanned at the window, already checked by lib/documents (lib/cases/loan-documents). */
  documents?: readonly DocumentDraft[];
  now?: Date;
};

/**
 * The teller accepts a loan in an open case at their window: the applicant is the case's
 * depositor; only the property, co-applicant, amount, term, method, first-home answer and payee
 * are entered. Creates the Loan (APPLYING), the LOAN matter at ACCEPTED and the
 * MORTGAGE_REGISTRATION matter, with the transition and audit, in one transaction; the teller
 * becomes the case's acceptor (four-eyes).
 * Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, NOT_FOUND, CASE_CLOSED, CASE_OTHER_WINDOW, WINDOW_OCCUPIED,
 * APPLICATION_IN_PROGRESS, UNKNOWN_PROPERTY / CERTIFICATE_CANCELLED (field property), NOT_ELIGIBLE
 * (details.problems: OWNER_MISMATCH, UNIT_ALREADY_MORTGAGED, AMOUNT_OVER_LIMIT with maxAmount and
 * binding, TERM_BEYOND_AGE, TERM_OUT_OF_RANGE, CONTRIBUTION_TOO_SHORT, OUTSTANDING_FUND_LOAN,
 * ACCOUNT_NOT_NORMAL, BLACKLISTED, … each with its field). Nothing is written on any error.
 *
 * A new home (一手房: the typed unit number is a project unit without a certificate) is accepted
 * only when its project is ADMITTED (else NOT_ELIGIBLE with PROJECT_NOT_ADMITTED), priced at the
 * purchase contract price typed here (CONTRACT_PRICE_REQUIRED), and in the same transaction the
 * loan is marked isNewHome and the developer's StageGuarantee opens (ACTIVE, the principal, from
 * today) until the mortgage is registered.
 *
 * The materials the teller scanned (checked like the online uploads: magic bytes, size, SHA-256)
 * are stored with the case in the same transaction (lib/cases/attach-case-documents): a refused
 * acceptance keeps none of them.
 */
export async function acceptLoanMatter(
  input: AcceptLoanInput,
): Promise<{ matterId: string; loanId: string; loanNo: string; documentIds: string[]; flagIds: string[] }> {
  const windowId = requireTellerAtWindow(input.actor);
  const now = input.now ?? new Date();
  return inTransaction(async (tx) => {
    const found = await tx.case.findUnique({
      where: { id: input.caseId },
      select: { caseNo: true, status: true, windowId: true, depositor: { select: { id: true, idNumber: true } } },
    });
    if (!found) throw new DomainError("NOT_FOUND", { details: { entity: "Case" } });
    if (found.status !== "OPEN") throw new DomainError("CASE_CLOSED");
    await assertTellerAtCaseWindow(tx, { actor: { userId: input.actor.userId, windowId }, caseWindowId: found.windowId, now });
    const coApplicant = input.coApplicantIdNumber?.trim().toUpperCase();
    await screenLoanAcceptance(tx, {
      property: input.property,
      applicantIdNumbers: [found.depositor.idNumber, ...(coApplicant ? [coApplicant] : [])],
      depositorId: found.depositor.id,
      actor: { userId: input.actor.userId, windowId, staff: true },
      now,
    });
    const created = await createLoanApplication(tx, {
      caseId: input.caseId,
      applicantIdNumber: found.depositor.idNumber,
      depositorId: found.depositor.id,
      request: input,
      stage: "ACCEPTED",
      actorId: input.actor.userId,
      windowId,
      now,
    });
    await tx.case.update({ where: { id: input.caseId }, data: { acceptedById: input.actor.userId } });
    if (created.evaluation.newHome) {
      await tx.loan.update({ where: { id: created.loanId }, data: { isNewHome: true } });
      await openStageGuarantee(tx, {
        loanId: created.loanId,
        unitId: created.evaluation.newHome.unitId,
        amount: formatYuan(input.amount),
        on: todayInShanghai(now),
        actorId: input.actor.userId,
        windowId,
      });
    }
    const attached = await attachCaseDocuments(tx, {
      caseId: input.caseId,
      caseNo: found.caseNo,
      depositorId: found.depositor.id,
      matterId: created.matterId,
      documents: input.documents ?? [],
      actorId: input.actor.userId,
      windowId,
      now,
    });
    return { matterId: created.matterId, loanId: created.loanId, loanNo: created.loanNo, ...attached };
  });
}
