import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { evaluateLoanRequest, type LoanEvaluation, type LoanRequest } from "@/lib/cases/loan-request";

/**
 * The signed-in citizen's 试算 before submitting online (read only): the very evaluation the window
 * runs on acceptance (evaluateLoanRequest — the applicant's fund and registry facts, every policy
 * limit and the binding one, every problem at its field), for the citizen's own ID number only.
 * Errors: FORBIDDEN_ROLE (not a citizen), FORBIDDEN_OWNER (the user is not that depositor),
 * UNKNOWN_PROPERTY / CERTIFICATE_CANCELLED (field property).
 */
export async function previewOnlineApplication(opts: {
  actor: Actor;
  depositorId: string;
  request: LoanRequest;
  asOf?: string;
}): Promise<LoanEvaluation> {
  requireActorRole(opts.actor, "CITIZEN");
  const user = await db.user.findUnique({
    where: { id: opts.actor.userId },
    select: { depositorId: true, active: true, depositor: { select: { idNumber: true } } },
  });
  if (!user?.active || user.depositorId !== opts.depositorId || !user.depositor) throw new DomainError("FORBIDDEN_OWNER");
  return evaluateLoanRequest(db, {
    applicantIdNumber: user.depositor.idNumber,
    request: opts.request,
    asOf: opts.asOf,
    requirePayee: true,
  });
}
