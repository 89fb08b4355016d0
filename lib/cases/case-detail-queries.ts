import "server-only";
import { db } from "@/lib/db";
import type { CaseChannel, CaseStatus, LoanStage, MatterKind, RepaymentMethod } from "@/lib/generated/prisma/enums";
import { displayYuan, formatYuan, money } from "@/lib/money";
import { LOAN_STAGE_LABELS } from "@/lib/cases/loan-stages";
import { ACCOUNT_STATUS_LABELS, MARITAL_STATUS_LABELS } from "@/lib/accounts/labels";
import { REPAYMENT_METHOD_LABELS } from "@/lib/loans/labels";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { workingMinutesBetween } from "@/lib/calendar/working-days";
import { loadApplicantFacts } from "@/lib/cases/applicant-facts";
import { evaluateLoanRequest } from "@/lib/cases/loan-request";
import { toAssessmentView, type AssessmentView } from "@/lib/cases/assessment-view";

// Read side of one case (window, review and portal pages): the case, its loan matter with the
// loan and the registry's certificate, and the stage timeline.

export type TimelineRowDto = {
  id: string;
  at: string;
  fromLabel: string | null;
  toLabel: string;
  toStage: LoanStage;
  actorName: string;
  windowNo: number | null;
  note: string | null;
};

export type LoanMatterDto = {
  matterId: string;
  stage: LoanStage;
  stageLabel: string;
  version: number;
  missingMaterials: string[];
  reviewNote: string | null;
  stageSince: string;
  minutesInStage: number;
  approvedById: string | null;
  loan: {
    id: string;
    loanNo: string;
    principal: string;
    principalDisplay: string;
    annualRate: string;
    termMonths: number;
    method: RepaymentMethod;
    methodLabel: string;
    isFirstHome: boolean;
    purchasePrice: string;
    payeeName: string | null;
    payeeAccount: string | null;
    policyVersion: number | null;
    coBorrower: { name: string; idNumber: string } | null;
    unitNo: string;
    address: string;
    registrationNo: string | null;
    contractNos: string[];
  } | null;
};

export type CaseDetailDto = {
  id: string;
  caseNo: string;
  channel: CaseChannel;
  status: CaseStatus;
  depositorId: string;
  depositorName: string;
  idNumber: string;
  openedAt: string;
  /** Minutes from opening to closing (or to now while open). */
  elapsedMinutes: number;
  windowNo: number | null;
  acceptedById: string | null;
  acceptedByName: string | null;
  ticketNo: string | null;
  matterKinds: MatterKind[];
  loanMatter: LoanMatterDto | null;
  timeline: TimelineRowDto[];
};

const minutesBetween = (from: Date, to: Date) => Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60_000));

export async function getCaseDetail(caseId: string, now: Date = new Date()): Promise<CaseDetailDto | null> {
  const row = await db.case.findUnique({
    where: { id: caseId },
    select: {
      id: true,
      caseNo: true,
      channel: true,
      status: true,
      openedAt: true,
      closedAt: true,
      depositorId: true,
      depositor: { select: { name: true, idNumber: true } },
      window: { select: { number: true } },
      acceptedById: true,
      acceptedBy: { select: { displayName: true } },
      ticket: { select: { ticketNo: true } },
      matters: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          kind: true,
          loanStage: true,
          version: true,
          missingMaterials: true,
          reviewNote: true,
          stageSince: true,
          approvedById: true,
          loan: {
            select: {
              id: true,
              loanNo: true,
              principal: true,
              annualRatePercent: true,
              termMonths: true,
              method: true,
              isFirstHome: true,
              purchasePrice: true,
              payeeName: true,
              payeeAccount: true,
              policyVersion: true,
              coBorrower: { select: { name: true, idNumber: true } },
              unit: { select: { unitNo: true, address: true } },
              mortgage: { select: { registrationNo: true } },
              contracts: { select: { contractNo: true }, orderBy: { kind: "asc" } },
            },
          },
        },
      },
      transitions: {
        orderBy: { at: "asc" },
        select: {
          id: true,
          at: true,
          fromStage: true,
          toStage: true,
          note: true,
          actor: { select: { displayName: true } },
          window: { select: { number: true } },
        },
      },
    },
  });
  if (!row) return null;
  const m = row.matters.find((x) => x.kind === "LOAN" && x.loanStage);
  const loan = m?.loan;
  // The stage timer counts working minutes, as the review queue, the dashboard and the SLA escalation do.
  const calendar = m ? await loadCalendar(db) : null;
  return {
    id: row.id,
    caseNo: row.caseNo,
    channel: row.channel,
    status: row.status,
    depositorId: row.depositorId,
    depositorName: row.depositor.name,
    idNumber: row.depositor.idNumber,
    openedAt: formatShanghaiDateTime(row.openedAt),
    elapsedMinutes: minutesBetween(row.openedAt, row.closedAt ?? now),
    windowNo: row.window?.number ?? null,
    acceptedById: row.acceptedById,
    acceptedByName: row.acceptedBy?.displayName ?? null,
    ticketNo: row.ticket?.ticketNo ?? null,
    matterKinds: row.matters.map((x) => x.kind),
    loanMatter: m
      ? {
          matterId: m.id,
          stage: m.loanStage!,
          stageLabel: LOAN_STAGE_LABELS[m.loanStage!],
          version: m.version,
          missingMaterials: m.missingMaterials,
          reviewNote: m.reviewNote,
          stageSince: formatShanghaiDateTime(m.stageSince),
          minutesInStage: workingMinutesBetween(calendar!, m.stageSince, now),
          approvedById: m.approvedById,
          loan: loan
            ? {
                id: loan.id,
                loanNo: loan.loanNo,
                principal: formatYuan(loan.principal),
                principalDisplay: displayYuan(loan.principal),
                annualRate: `${money(loan.annualRatePercent).toFixed(3)}%`,
                termMonths: loan.termMonths,
                method: loan.method,
                methodLabel: REPAYMENT_METHOD_LABELS[loan.method],
                isFirstHome: loan.isFirstHome,
                purchasePrice: displayYuan(loan.purchasePrice),
                payeeName: loan.payeeName,
                payeeAccount: loan.payeeAccount,
                policyVersion: loan.policyVersion,
                coBorrower: loan.coBorrower,
                unitNo: loan.unit.unitNo,
                address: loan.unit.address,
                registrationNo: loan.mortgage?.registrationNo ?? null,
                contractNos: loan.contracts.map((c) => c.contractNo),
              }
            : null,
        }
      : null,
    timeline: row.transitions.map((t) => ({
      id: t.id,
      at: formatShanghaiDateTime(t.at),
      fromLabel: t.fromStage ? LOAN_STAGE_LABELS[t.fromStage] : null,
      toLabel: LOAN_STAGE_LABELS[t.toStage],
      toStage: t.toStage,
      actorName: t.actor.displayName,
      windowNo: t.window?.number ?? null,
      note: t.note,
    })),
  };
}

export type ApplicantFactsDto = {
  name: string;
  idNumber: string;
  genderLabel: string;
  age: number;
  phone: string;
  maritalLabel: string;
  monthlyIncome: string;
  accountNo: string | null;
  accountStatusLabel: string | null;
  balance: string | null;
  monthsContributed: number;
  continuousMonths: number;
  employerName: string | null;
  spouse: { name: string; idNumber: string; balance: string | null } | null;
  outstandingLoans: string[];
  everHadFundLoan: boolean;
};

/** What the fund knows about the applicant, for display (never typed at the window). */
export async function getApplicantFactsDto(idNumber: string): Promise<ApplicantFactsDto> {
  const f = await loadApplicantFacts(db, idNumber);
  return {
    name: f.name,
    idNumber: f.idNumber,
    genderLabel: f.gender === "MALE" ? "男" : "女",
    age: f.age,
    phone: f.phone,
    maritalLabel: MARITAL_STATUS_LABELS[f.maritalStatus],
    monthlyIncome: displayYuan(f.monthlyIncome),
    accountNo: f.account?.accountNo ?? null,
    accountStatusLabel: f.account ? ACCOUNT_STATUS_LABELS[f.account.status] : null,
    balance: f.account ? displayYuan(f.account.balance) : null,
    monthsContributed: f.monthsContributed,
    continuousMonths: f.continuousContributionMonths,
    employerName: f.employer?.name ?? null,
    spouse: f.spouse
      ? { name: f.spouse.name, idNumber: f.spouse.idNumber, balance: f.spouse.balance ? displayYuan(f.spouse.balance) : null }
      : null,
    outstandingLoans: f.outstandingFundLoans.map((l) => `${l.loanNo}（剩余本金 ${displayYuan(l.outstandingPrincipal)}）`),
    everHadFundLoan: f.everHadFundLoan,
  };
}

/**
 * The eligibility of an accepted loan re-run for the reviewer (current policy, today's facts),
 * excluding the loan itself from the "unit already in an application" check. Null without a loan.
 */
export async function getReviewAssessment(caseId: string): Promise<AssessmentView | null> {
  const c = await db.case.findUnique({
    where: { id: caseId },
    select: {
      depositor: { select: { idNumber: true } },
      matters: {
        where: { kind: "LOAN" },
        select: {
          loan: {
            select: {
              id: true,
              principal: true,
              termMonths: true,
              method: true,
              isFirstHome: true,
              payeeName: true,
              payeeAccount: true,
              unit: { select: { unitNo: true } },
              coBorrower: { select: { idNumber: true } },
            },
          },
        },
      },
    },
  });
  const loan = c?.matters[0]?.loan;
  if (!c || !loan) return null;
  const evaluation = await evaluateLoanRequest(db, {
    applicantIdNumber: c.depositor.idNumber,
    excludeLoanId: loan.id,
    request: {
      property: loan.unit.unitNo,
      coApplicantIdNumber: loan.coBorrower?.idNumber ?? null,
      amount: formatYuan(loan.principal),
      termMonths: loan.termMonths,
      method: loan.method,
      isFirstHome: loan.isFirstHome,
      payeeName: loan.payeeName,
      payeeAccount: loan.payeeAccount,
    },
  });
  return toAssessmentView(evaluation);
}

/** The resident ID number of a depositor (the citizen's own, from the session's depositorId). */
export async function getDepositorIdNumber(depositorId: string): Promise<string | null> {
  const d = await db.depositor.findUnique({ where: { id: depositorId }, select: { idNumber: true } });
  return d?.idNumber ?? null;
}

/** The citizen's own cases still open (and those closed today), with their loan stages. */
export async function listLiveCasesOfDepositor(depositorId: string, now: Date = new Date()): Promise<CaseDetailDto[]> {
  const since = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const rows = await db.case.findMany({
    where: { depositorId, OR: [{ status: "OPEN" }, { closedAt: { gte: since } }] },
    orderBy: { openedAt: "desc" },
    take: 5,
    select: { id: true },
  });
  const details = await Promise.all(rows.map((r) => getCaseDetail(r.id, now)));
  return details.filter((d): d is CaseDetailDto => d !== null);
}
