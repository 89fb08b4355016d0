import { DomainError } from "@/lib/errors";
import { parseIsoDate } from "@/lib/dates/calendar";
import { createLoanAccount } from "@/lib/loans/create-loan-account";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { closeCaseIfDone } from "@/lib/cases/close-case";
import { inTransaction } from "@/lib/db/transaction";
import { transitionLoanMatter } from "@/lib/cases/transition-matter";
import { assertNoLoanInsiderConflict } from "@/lib/fraud/loan-insider";

/**
 * A reviewer rechecks and the loan is disbursed at once, in ONE transaction: RECHECK
 * (MORTGAGE_REGISTERED → RECHECKED; four-eyes: neither the acceptor nor the approver), then
 * DISBURSE (→ DISBURSED): one Disbursement, the loan ACTIVE with its schedule, the matter
 * COMPLETED, the case COMPLETED when all its matters are done. Exactly one disbursement whatever
 * happens: concurrent or repeated calls lose the version race (or hit the unique loanId) and get
 * ALREADY_HANDLED. Insider control: never a loan of the reviewer or a declared relative (flagged).
 * Errors: FORBIDDEN_ROLE, NOT_FOUND, ALREADY_HANDLED, ILLEGAL_TRANSITION, FOUR_EYES_ACCEPTOR,
 * FOUR_EYES_APPROVER, INSIDER_CONFLICT, PAYEE_MISSING, INVALID_DATE (field firstDueDate).
 */
export async function recheckAndDisburse(opts: {
  actor: Actor;
  matterId: string;
  expectedVersion?: number;
  firstDueDate?: string;
  note?: string | null;
  now?: Date;
}): Promise<{ disbursementId: string; loanNo: string; firstDueDate: string; installments: number; caseClosed: boolean }> {
  requireActorRole(opts.actor, "REVIEWER");
  if (opts.firstDueDate) {
    try {
      parseIsoDate(opts.firstDueDate);
    } catch {
      throw new DomainError("INVALID_DATE", { field: "firstDueDate" });
    }
  }
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    const rechecked = await transitionLoanMatter(tx, {
      matterId: opts.matterId,
      expectedVersion: opts.expectedVersion,
      action: "RECHECK",
      actor: opts.actor,
      note: opts.note?.trim() || "复核无误",
      now,
      authorize: (matter) => assertNoLoanInsiderConflict(tx, { staffUserId: opts.actor.userId, matter, action: "LOAN_RECHECK" }),
    });
    await transitionLoanMatter(tx, {
      matterId: opts.matterId,
      expectedVersion: rechecked.version,
      action: "DISBURSE",
      actor: opts.actor,
      note: "贷款已发放",
      now,
      patch: { status: "COMPLETED" },
    });
    const account = await createLoanAccount(tx, { loanId: rechecked.loanId!, actorId: opts.actor.userId, now, firstDueDate: opts.firstDueDate });
    const caseClosed = await closeCaseIfDone(tx, rechecked.caseId, { actorId: opts.actor.userId }, now);
    return { ...account, caseClosed };
  });
}
