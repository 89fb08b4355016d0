import type { Db } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates/calendar";
import { DomainError, isDomainError } from "@/lib/errors";
import { assessLoanApplication, type LoanAssessment, type LoanPolicyRules } from "@/lib/loans/policy";
import { currentLoanPolicy } from "@/lib/loans/policy-store";
import { isYuanString, money } from "@/lib/money";
import { loadPropertyFacts, type PropertyFacts } from "@/lib/registry/property-facts";
import { loadApplicantFacts, type ApplicantFacts } from "@/lib/cases/applicant-facts";
import { loanProblemMessage } from "@/lib/cases/messages";
import { findNewHomeUnit, type NewHomeFacts } from "@/lib/projects/new-home";

type Reader = Pick<
  Db,
  | "depositor"
  | "contribution"
  | "loan"
  | "realEstateCertificate"
  | "propertyUnit"
  | "propertyOwner"
  | "loanPolicy"
  | "blacklistEntry"
  | "housingProject"
  | "projectBuilding"
  | "mortgage"
>;

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
  /**
   * New home (一手房) only: the purchase contract price, the price basis of the loan. Typed at the
   * window (null when left empty); undefined where the channel cannot take it (online).
   */
  contractPrice?: string | null;
};

/** One reason the request cannot be granted as asked, tied to its form field (none = form error). */
export type LoanProblem = { code: string; field?: string } & Record<string, unknown>;

export type LoanEvaluation = {
  applicant: ApplicantFacts;
  coApplicant: ApplicantFacts | null;
  property: PropertyFacts;
  /** Set for a new home: the unit's project and developer (the developer guarantees the loan). */
  newHome: NewHomeFacts | null;
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
 *
 * A new home (a project unit without a certificate yet, typed by its unit number) has no owner to
 * match: the developer sells it, the price basis is the purchase contract price, and it adds
 * PROJECT_NOT_ADMITTED (property: the project is not ADMITTED), UNIT_SOLD (property: a loan on it
 * was disbursed), CONTRACT_PRICE_REQUIRED (contractPrice) and NEW_HOME_AT_WINDOW (property: a
 * channel without the contract price). Re-evaluating an accepted loan (excludeLoanId) takes the
 * price the loan was accepted with.
 */
export async function evaluateLoanRequest(
  db: Reader,
  opts: { applicantIdNumber: string; request: LoanRequest; asOf?: string; requirePayee?: boolean; excludeLoanId?: string },
): Promise<LoanEvaluation> {
  const asOf = opts.asOf ?? todayInShanghai();
  const { request } = opts;
  const problems: LoanProblem[] = [];
  const applicant = await loadApplicantFacts(db, opts.applicantIdNumber, asOf);
  const found = await findNewHomeUnit(db, request.property);
  const property = found?.property ?? (await loadPropertyFacts(db, request.property));
  const newHome = found?.newHome ?? null;

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
  // A new home has no owner yet but the developer: the purchase contract stands for ownership.
  const ownership = { ok: newHome !== null || matched.length > 0, owners: property.owners, matchedIdNumbers: matched };
  if (!ownership.ok) problems.push({ code: "OWNER_MISMATCH", field: "property", owners: property.owners.map((o) => o.name) });
  const newHomePrice = newHome ? await newHomePriceBasis(db, newHome, request, problems, opts.excludeLoanId) : null;
  if (property.activeMortgages.length > 0) {
    problems.push({ code: "UNIT_ALREADY_MORTGAGED", field: "property", mortgagee: property.activeMortgages[0]!.mortgagee });
  }
  const pending = await db.loan.findFirst({
    where: {
      unitId: property.unit.id,
      status: "APPLYING",
      id: opts.excludeLoanId ? { not: opts.excludeLoanId } : undefined,
      matter: { status: "OPEN" },
    },
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
    if (!/^\d{10,30}$/.test(request.payeeAccount?.replace(/\s/g, "") ?? ""))
      problems.push({ code: "PAYEE_ACCOUNT_INVALID", field: "payeeAccount" });
  }

  const policy = await currentLoanPolicy(db);
  const sum = (a: string | null | undefined, b: string | null | undefined) =>
    money(a ?? "0")
      .plus(money(b ?? "0"))
      .toFixed(2);
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
      purchasePrice: newHomePrice ?? property.certificate.purchasePrice,
      isFirstHome,
      requestedAmount: amountOk ? request.amount : "0.00",
      termMonths: request.termMonths,
      method: methodOk ? request.method : "EQUAL_INSTALLMENT",
    },
    policy.rules,
  );
  // Without a contract price there is no loan-to-value limit to speak of: that problem is the price's.
  const priceMissing = newHomePrice === "0.00";
  for (const p of assessment.problems)
    if (!(priceMissing && p.code === "AMOUNT_OVER_LIMIT")) problems.push({ ...p, field: FIELD_OF[p.code] });
  if (newHomePrice) property.certificate = { ...property.certificate, purchasePrice: newHomePrice };
  return {
    applicant,
    coApplicant,
    property,
    newHome,
    ownership,
    isFirstHome,
    suggestedIsFirstHome,
    policy,
    assessment,
    problems,
    eligible: problems.length === 0,
  };
}

/**
 * The new home's admission, sale and price checks; returns the price basis ("0.00" when unknown,
 * after pushing the problem that says why).
 */
async function newHomePriceBasis(
  db: Reader,
  newHome: NewHomeFacts,
  request: LoanRequest,
  problems: LoanProblem[],
  excludeLoanId?: string,
): Promise<string> {
  if (newHome.admissionStatus !== "ADMITTED") {
    problems.push({ code: "PROJECT_NOT_ADMITTED", field: "property", projectName: newHome.projectName, status: newHome.admissionLabel });
  }
  const sold = await db.loan.findFirst({
    where: {
      unitId: newHome.unitId,
      status: { in: ["ACTIVE", "OVERDUE", "PAID_OFF"] },
      id: excludeLoanId ? { not: excludeLoanId } : undefined,
    },
    select: { loanNo: true },
  });
  if (sold) problems.push({ code: "UNIT_SOLD", field: "property", loanNo: sold.loanNo });
  const typed = request.contractPrice?.trim();
  if (typed && isYuanString(typed) && money(typed).gt(0)) return money(typed).toFixed(2);
  if (excludeLoanId) {
    const accepted = await db.loan.findUnique({ where: { id: excludeLoanId }, select: { purchasePrice: true } });
    if (accepted) return accepted.purchasePrice.toFixed(2);
  }
  problems.push(
    request.contractPrice === undefined
      ? { code: "NEW_HOME_AT_WINDOW", field: "property" }
      : { code: "CONTRACT_PRICE_REQUIRED", field: "contractPrice" },
  );
  return "0.00";
}

/**
 * Throws NOT_ELIGIBLE unless the evaluation has no problem: details.problems lists every one with
 * its code, field and Chinese message.
 */
export function assertEligible(evaluation: LoanEvaluation): void {
  if (evaluation.problems.length === 0) return;
  const problems = evaluation.problems.map((p) => ({ ...p, message: loanProblemMessage(p) }));
  throw new DomainError("NOT_ELIGIBLE", {
    details: { problems, maxAmount: evaluation.assessment.maxAmount, binding: evaluation.assessment.binding },
  });
}
