import { DomainError } from "@/lib/errors";
import { todayInShanghai } from "@/lib/dates/calendar";
import { recordAudit } from "@/lib/audit/record-audit";
import { createLoanApplication } from "@/lib/cases/create-loan-application";
import { inTransaction } from "@/lib/db/transaction";
import type { LoanRequest } from "@/lib/cases/loan-request";
import { nextCaseNo } from "@/lib/db/serial";

/**
 * A citizen applies online for themself (the user must be that depositor): an ONLINE case with a
 * LOAN matter at SUBMITTED, validated exactly as at the window; the window accepts it later
 * without re-typing. One open application per citizen.
 * Errors: FORBIDDEN_OWNER, APPLICATION_IN_PROGRESS, UNKNOWN_PROPERTY, NOT_ELIGIBLE (details.problems).
 */
export async function submitOnlineLoanApplication(
  input: LoanRequest & { depositorId: string; userId: string; payeeName: string; payeeAccount: string; now?: Date },
): Promise<{ caseId: string; caseNo: string; matterId: string; loanNo: string }> {
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
    return { caseId: created.id, caseNo, matterId: loan.matterId, loanNo: loan.loanNo };
  });
}
