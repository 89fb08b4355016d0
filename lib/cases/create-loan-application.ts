import type { Tx } from "@/lib/db";
import type { LoanStage } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { todayInShanghai } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import { nextLoanNo } from "@/lib/loans/loan-numbers";
import { lockSeries } from "@/lib/db/serial";
import { assertEligible, evaluateLoanRequest, type LoanEvaluation, type LoanRequest } from "@/lib/cases/loan-request";
import { notifyLoanStage } from "@/lib/notifications/loan-stage-events";

/**
 * Shared by window acceptance and online submission, inside their transaction: locks the
 * applicant's and the unit's application series (so a double click cannot make two loans), refuses
 * a second application in progress (APPLICATION_IN_PROGRESS), evaluates and refuses NOT_ELIGIBLE,
 * then writes the Loan (APPLYING, the policy's rate and version), the LOAN matter at `stage`, the
 * MORTGAGE_REGISTRATION matter, the first CaseTransition and the audit entry.
 */
export async function createLoanApplication(
  tx: Tx,
  opts: {
    caseId: string;
    applicantIdNumber: string;
    depositorId: string;
    request: LoanRequest;
    stage: LoanStage;
    actorId: string;
    windowId: string | null;
    now: Date;
  },
): Promise<{ matterId: string; loanId: string; loanNo: string; evaluation: LoanEvaluation }> {
  await lockSeries(tx, `loanApplication:${opts.depositorId}`);
  const inProgress = await tx.caseMatter.findFirst({
    where: { kind: "LOAN", status: "OPEN", loan: { OR: [{ borrowerId: opts.depositorId }, { coBorrowerId: opts.depositorId }] } },
    select: { case: { select: { caseNo: true } } },
  });
  if (inProgress) throw new DomainError("APPLICATION_IN_PROGRESS", { details: { caseNo: inProgress.case.caseNo } });

  const asOf = todayInShanghai(opts.now);
  const evaluation = await evaluateLoanRequest(tx, {
    applicantIdNumber: opts.applicantIdNumber,
    request: opts.request,
    asOf,
    requirePayee: true,
  });
  await lockSeries(tx, `unitApplication:${evaluation.property.unit.id}`);
  assertEligible(evaluation);

  const { request } = opts;
  const loanNo = await nextLoanNo(tx, Number(asOf.slice(0, 4)));
  const loan = await tx.loan.create({
    data: {
      loanNo,
      borrowerId: evaluation.applicant.depositorId,
      coBorrowerId: evaluation.coApplicant?.depositorId ?? null,
      unitId: evaluation.property.unit.id,
      purchasePrice: evaluation.property.certificate.purchasePrice,
      isFirstHome: evaluation.isFirstHome,
      principal: request.amount,
      annualRatePercent: evaluation.assessment.annualRatePercent,
      termMonths: request.termMonths,
      method: request.method,
      status: "APPLYING",
      policyVersion: evaluation.policy.version,
      payeeName: request.payeeName!.trim(),
      payeeAccount: request.payeeAccount!.replace(/\s/g, ""),
      createdAt: opts.now,
    },
  });
  const matter = await tx.caseMatter.create({
    data: {
      caseId: opts.caseId,
      kind: "LOAN",
      status: "OPEN",
      loanStage: opts.stage,
      loanId: loan.id,
      stageSince: opts.now,
      createdAt: opts.now,
    },
  });
  // The mortgage is registered in the same case; that matter completes when the registry issues it.
  await tx.caseMatter.create({
    data: { caseId: opts.caseId, kind: "MORTGAGE_REGISTRATION", status: "OPEN", stageSince: opts.now, createdAt: opts.now },
  });
  await tx.caseTransition.create({
    data: {
      caseId: opts.caseId,
      matterId: matter.id,
      fromStage: null,
      toStage: opts.stage,
      actorId: opts.actorId,
      windowId: opts.windowId,
      at: opts.now,
    },
  });
  await recordAudit(tx, {
    actorId: opts.actorId,
    windowId: opts.windowId,
    action: opts.stage === "SUBMITTED" ? "LOAN_SUBMIT_ONLINE" : "LOAN_ACCEPT",
    entityType: "CaseMatter",
    entityId: matter.id,
    toState: opts.stage,
    detail: {
      loanNo,
      principal: request.amount,
      termMonths: request.termMonths,
      method: request.method,
      policyVersion: evaluation.policy.version,
      rate: evaluation.assessment.annualRatePercent,
    },
  });
  await notifyLoanStage(tx, { matterId: matter.id, stage: opts.stage, version: 0, now: opts.now });
  return { matterId: matter.id, loanId: loan.id, loanNo, evaluation };
}
