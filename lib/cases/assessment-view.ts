import type { FormState } from "@/lib/action-state";
import { displayYuan } from "@/lib/money";
import { loanProblemMessage } from "@/lib/cases/messages";
import type { LoanEvaluation } from "@/lib/cases/loan-request";
import type { LoanAssessment } from "@/lib/loans/policy";

/**
 * Every loan limit and the binding one, as the window shows them: the one view model of the limits
 * table, shared by the window's assessment, the citizen's online preview and the public calculator.
 */
export type LimitsView = {
  eligible: boolean;
  annualRatePercent: string;
  maxAmount: string;
  limits: { code: string; label: string; amount: string; binding: boolean }[];
  maxTermMonthsByAge: number;
  latestMaturity: string;
  isFirstHome: boolean;
  policyVersion: number;
};

export function toLimitsView(a: LoanAssessment, opts: { eligible: boolean; isFirstHome: boolean; policyVersion: number }): LimitsView {
  return {
    eligible: opts.eligible,
    annualRatePercent: a.annualRatePercent,
    maxAmount: displayYuan(a.maxAmount),
    limits: a.limits.map((l) => ({ code: l.code, label: l.label, amount: displayYuan(l.amount), binding: l.code === a.binding })),
    maxTermMonthsByAge: a.maxTermMonthsByAge,
    latestMaturity: a.latestMaturity,
    isFirstHome: opts.isFirstHome,
    policyVersion: opts.policyVersion,
  };
}

/** The eligibility panel's data: plain strings, safe to hand to a client component. */
export type AssessmentView = LimitsView & {
  property: {
    certNo: string;
    unitNo: string;
    address: string;
    area: string;
    purchasePrice: string;
    owners: string;
    mortgages: string[];
    ownershipOk: boolean;
  };
  problems: { field: string | null; message: string }[];
};

/** Chinese text of one eligibility problem, through the same messages as thrown errors. */
export function problemMessage(problem: { code: string; field?: string } & Record<string, unknown>): string {
  return loanProblemMessage(problem);
}

export function toAssessmentView(e: LoanEvaluation): AssessmentView {
  return {
    ...toLimitsView(e.assessment, { eligible: e.eligible, isFirstHome: e.isFirstHome, policyVersion: e.policy.version }),
    property: {
      certNo: e.property.certificate.certNo,
      unitNo: e.property.unit.unitNo,
      address: e.property.unit.address,
      area: e.property.unit.buildingArea,
      purchasePrice: displayYuan(e.property.certificate.purchasePrice),
      owners: e.property.owners.map((o) => `${o.name}（${o.sharePercent}%）`).join("、"),
      mortgages: e.property.activeMortgages.map((m) => `${m.registrationNo}（${m.mortgagee}，${displayYuan(m.securedAmount)}）`),
      ownershipOk: e.ownership.ok,
    },
    problems: e.problems.map((p) => ({ field: p.field ?? null, message: problemMessage(p) })),
  };
}

/** A loan form's state: the usual FormState plus the eligibility panel after 试算. */
export type LoanFormState = FormState & { assessment?: AssessmentView };
