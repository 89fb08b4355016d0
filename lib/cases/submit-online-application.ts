import { DomainError } from "@/lib/errors";
import { todayInShanghai } from "@/lib/dates/calendar";
import { recordAudit } from "@/lib/audit/record-audit";
import { createLoanApplication } from "@/lib/cases/create-loan-application";
import { inTransaction } from "@/lib/db/transaction";
import type { LoanRequest } from "@/lib/cases/loan-request";
import { nextCaseNo } from "@/lib/db/serial";
import type { DocumentDraft } from "@/lib/documents/prepare-document";
import { attachCaseDocuments } from "@/lib/cases/attach-case-documents";

/**
 * A citizen applies online for themself (the user must be that depositor): an ONLINE case with a
 * LOAN matter at SUBMITTED, validated exactly as at the window; the window accepts it later
 * without re-typing. One open application per citizen. The uploaded materials (already checked by
 * lib/documents: magic bytes, size, SHA-256) are stored with the case in the same transaction, so a
 * refused application keeps none of them; a file identical to one in another person's application
 * raises a DUPLICATE_DOCUMENT flag for the risk officer (lib/cases/attach-case-documents).
 * Errors: FORBIDDEN_OWNER, APPLICATION_IN_PROGRESS, UNKNOWN_PROPERTY, NOT_ELIGIBLE (details.problems).
 */
export async function submitOnlineLoanApplication(
  input: LoanRequest & {
    depositorId: string;
    userId: string;
    payeeName: string;
    payeeAccount: string;
    documents?: readonly DocumentDraft[];
    now?: Date;
  },
): Promise<{ caseId: string; caseNo: string; matterId: string; loanNo: string; documentIds: string[]; flagIds: string[] }> {
  const now = input.now ?? new Date();
  return inTransaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { depositorId: true, active: true, depositor: { select: { idNumber: true } } },
    });
    if (!user || !user.active || user.depositorId !== input.depositorId || !user.depositor) throw new DomainError("FORBIDDEN_OWNER");
    const caseNo = await nextCaseNo(tx, todayInShanghai(now));
    const created = await tx.case.create({
      data: { caseNo, depositorId: input.depositorId, channel: "ONLINE", status: "OPEN", openedAt: now },
    });
    await recordAudit(tx, {
      actorId: input.userId,
      action: "CASE_OPENED",
      entityType: "Case",
      entityId: created.id,
      toState: "OPEN",
      detail: { caseNo, channel: "ONLINE" },
    });
    const loan = await createLoanApplication(tx, {
      caseId: created.id,
      applicantIdNumber: user.depositor.idNumber,
      depositorId: input.depositorId,
      request: input,
      stage: "SUBMITTED",
      actorId: input.userId,
      windowId: null,
      now,
    });
    const { documentIds, flagIds } = await attachCaseDocuments(tx, {
      caseId: created.id,
      caseNo,
      depositorId: input.depositorId,
      matterId: loan.matterId,
      documents: input.documents ?? [],
      actorId: input.userId,
      windowId: null,
      now,
    });
    return { caseId: created.id, caseNo, matterId: loan.matterId, loanNo: loan.loanNo, documentIds, flagIds };
  });
}
