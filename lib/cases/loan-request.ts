import type { Db } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates/calendar";
import { DomainError, isDomainError } from "@/lib/errors";
import { assessLoanApplication, type LoanAssessment, type LoanPolicyRules } from "@/lib/loans/policy";
import { currentLoanPolicy } from "@/lib/loans/policy-store";
import { isYuanString, money } from "@/lib/money";
import { loadPropertyFacts, type PropertyFacts } from "@/lib/registry/property-facts";
import { loadApplicantFacts, type ApplicantFacts } from "@/lib/cases/applicant-facts";
import { loanProblemMessage } from "@/lib/cases/messages";

type Reader = Pick<Db, "depositor" | "contribution" | "loan" | "realEstateCertificate" | "propertyUnit" | "propertyOwner" | "loanPolicy">;

export type RepaymentMethod = "EQUAL_INSTALLMENT" | "EQUAL_PRINCIPAL";

/** What the teller (or the citizen online) enters besides the applicant's ID number. */
export type LoanRequest = {
  property: string;
  coApplicantIdNumber?: string | null;
  amount: string;
  termMonths: number;
  method: RepaymentMethod;
  /** The teller's answer; when absent the derived default stands. */
  isFirstHome?: boolean | null;
  payeeName?: string | null;
  payeeAccount?: string | null;
};

/** One reason the request cannot be granted as asked, tied to its form field (none = form error). */
export type LoanProblem = { code: string; field?: string } & Record<string, unknown>;

export type LoanEvaluation = {
  applicant: ApplicantFacts;
  coApplicant: ApplicantFacts | null;
  property: PropertyFacts;
  ownership: { ok: boolean; owners: PropertyFacts["owners"]; matchedIdNumbers: string[] };
  isFirstHome: boolean;
  /** No other home of the household in the registry and never a fund loan. */
  suggestedIsFirstHome: boolean;
  policy: { version: number; rules: LoanPolicyRules };
  assessment: LoanAssessment;
  problems: LoanProblem[];
  eligible: boolean;
};

const FIELD_OF: Record<string, string | undefined> = {
  TERM_OUT_OF_RANGE: "termMonths",
  TERM_BEYOND_AGE: "termMonths",
  AMOUNT_OVER_LIMIT: "amount",
};

/**
 * Fuses the fund's and the registry's facts with the request and runs the loan policy: every limit,
 * which one binds, and every problem at its field. Read only. Problems: OWNER_MISMATCH and
 * UNIT_ALREADY_MORTGAGED and UNIT_IN_APPLICATION (property), CO_APPLICANT_NOT_SPOUSE /
 * INVALID_ID_NUMBER / UNKNOWN_DEPOSITOR (coApplicantIdNumber), INVALID_AMOUNT / AMOUNT_OVER_LIMIT
 * (amount), TERM_OUT_OF_RANGE / TERM_BEYOND_AGE (termMonths), INVALID_METHOD (method),
 * PAYEE_NAME_REQUIRED / PAYEE_ACCOUNT_INVALID (when `requirePayee`), and form-level
 * CONTRIBUTION_TOO_SHORT, ACCOUNT_NOT_NORMAL, OUTSTANDING_FUND_LOAN, BLACKLISTED.
 * Throws (nothing to assess without them): INVALID_ID_NUMBER / UNKNOWN_DEPOSITOR (idNumber),
 * UNKNOWN_PROPERTY / CERTIFICATE_CANCELLED (property).
 */
export async function evaluateLoanRequest(
  db: Reader,
  opts: { applicantIdNumber: string; request: LoanRequest; asOf?: string; requirePayee?: boolean; excludeLoanId?: string },
): Promise<LoanEvaluation> {
  const asOf = opts.asOf ?? todayInShanghai();
  const { request } = opts;
  const problems: LoanProblem[] = [];
  const applicant = await loadApplicantFacts(db, opts.applicantIdNumber, asOf);
  const property = await loadPropertyFacts(db, request.property);

  let coApplicant: ApplicantFacts | null = null;
  const coId = request.coApplicantIdNumber?.trim();
  if (coId) {
    try {
      coApplicant = await loadApplicantFacts(db, coId, asOf, "coApplicantIdNumber");
      if (!applicant.spouse || applicant.spouse.depositorId !== coApplicant.depositorId) {
        problems.push({ code: "CO_APPLICANT_NOT_SPOUSE", field: "coApplicantIdNumber" });
        coApplicant = null;
      }
    } catch (error) {
      if (!isDomainError(error)) throw error;
      problems.push({ code: error.code, field: "coApplicantIdNumber", ...error.details });
    }
  }

  const applicants = [applicant.idNumber, ...(coApplicant ? [coApplicant.idNumber] : [])];
  const matched = property.owners.filter((o) => applicants.includes(o.idNumber)).map((o) => o.idNumber);
  const ownership = { ok: matched.length > 0, owners: property.owners, matchedIdNumbers: matched };
  if (!ownership.ok) problems.push({ code: "OWNER_MISMATCH", field: "property", owners: property.owners.map((o) => o.name) });
  if (property.activeMortgages.length > 0) {
    problems.push({ code: "UNIT_ALREADY_MORTGAGED", field: "property", mortgagee: property.activeMortgages[0]!.mortgagee });
  }
  const pending = await db.loan.findFirst({
    where: { unitId: property.unit.id, status: "APPLYING", id: opts.excludeLoanId ? { not: opts.excludeLoanId } : undefined, matter: { status: "OPEN" } },
    select: { loanNo: true },
  });
  if (pending) problems.push({ code: "UNIT_IN_APPLICATION", field: "property", loanNo: pending.loanNo });

  const household = [applicant.idNumber, ...(applicant.spouse ? [applicant.spouse.idNumber] : [])];
  const otherHomes = await db.propertyOwner.count({
    where: { idNumber: { in: household }, certificate: { status: "VALID", unitId: { not: property.unit.id } } },
  });
  const suggestedIsFirstHome = otherHomes === 0 && !applicant.everHadFundLoan;
  const isFirstHome = request.isFirstHome ?? suggestedIsFirstHome;

  const amountOk = isYuanString(request.amount ?? "") && money(request.amount).gt(0);
  if (!amountOk) problems.push({ code: "INVALID_AMOUNT", field: "amount" });
  const methodOk = request.method === "EQUAL_INSTALLMENT" || request.method === "EQUAL_PRINCIPAL";
  if (!methodOk) problems.push({ code: "INVALID_METHOD", field: "method" });
  if (opts.requirePayee) {
    if (!request.payeeName?.trim()) problems.push({ code: "PAYEE_NAME_REQUIRED", field: "payeeName" });
    if (!/^\d{10,30}$/.test(request.payeeAccount?.replace(/\s/g, "") ?? "")) problems.push({ code: "PAYEE_ACCOUNT_INVALID", field: "payeeAccount" });
  }

  const policy = await currentLoanPolicy(db);
  const sum = (a: string | null | undefined, b: string | null | undefined) => money(a ?? "0").plus(money(b ?? "0")).toFixed(2);
  const assessment = assessLoanApplication(
    {
      asOf,
      birthDate: applicant.birthDate,
      gender: applicant.gender,
      balance: sum(applicant.account?.balance, coApplicant?.account?.balance),
      monthlyIncome: sum(applicant.monthlyIncome, coApplicant?.monthlyIncome),
      continuousContributionMonths: applicant.continuousContributionMonths,
      accountNormal: applicant.account?.status === "NORMAL" && (!coApplicant || coApplicant.account?.status === "NORMAL"),
      hasOutstandingFundLoan: applicant.outstandingFundLoans.length > 0,
      blacklisted: applicant.blacklisted || (coApplicant?.blacklisted ?? false),
      purchasePrice: property.certificate.purchasePrice,
      isFirstHome,
      requestedAmount: amountOk ? request.amount : "0.00",
      termMonths: request.termMonths,
      method: methodOk ? request.method : "EQUAL_INSTALLMENT",
    },
    policy.rules,
  );
  for (const p of assessment.problems) problems.push({ ...p, field: FIELD_OF[p.code] });
  return { applicant, coApplicant, property, ownership, isFirstHome, suggestedIsFirstHome, policy, assessment, problems, eligible: problems.length === 0 };
}

/**
 * Throws NOT_ELIGIBLE unless the evaluation has no problem: details.problems lists every one with
 * its code, field and Chinese message.
 */
export function assertEligible(evaluation: LoanEvaluation): void {
  if (evaluation.problems.length === 0) return;
  const problems = evaluation.problems.map((p) => ({ ...p, message: loanProblemMessage(p) }));
  throw new DomainError("NOT_ELIGIBLE", { details: { problems, maxAmount: evaluation.assessment.maxAmount, binding: evaluation.assessment.binding } });
}
