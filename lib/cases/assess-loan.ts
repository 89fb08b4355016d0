import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { evaluateLoanRequest, type LoanEvaluation, type LoanRequest } from "@/lib/cases/loan-request";
import type { Actor } from "@/lib/auth/actor";

/**
 * The eligibility screen of a case (read only): the applicant's and the property's facts, every
 * policy limit and which one binds, the ownership check, the derived first-home default (the
 * teller's answer stands when given) and every problem at its field. Never throws NOT_ELIGIBLE.
 * Errors: NOT_FOUND (case), FORBIDDEN_ROLE (actor given but not staff), UNKNOWN_PROPERTY /
 * CERTIFICATE_CANCELLED (field property).
 */
export async function assessLoanForCase(opts: LoanRequest & { caseId: string; actor?: Actor; asOf?: string }): Promise<LoanEvaluation> {
  if (opts.actor && !opts.actor.roles.some((r) => r === "TELLER" || r === "REVIEWER")) throw new DomainError("FORBIDDEN_ROLE");
  const found = await db.case.findUnique({ where: { id: opts.caseId }, select: { depositor: { select: { idNumber: true } } } });
  if (!found) throw new DomainError("NOT_FOUND", { details: { entity: "Case" } });
  return evaluateLoanRequest(db, { applicantIdNumber: found.depositor.idNumber, request: opts, asOf: opts.asOf, requirePayee: false });
}
