import { db } from "@/lib/db";
import { DomainError, isDomainError } from "@/lib/errors";
import { parseIsoDate } from "@/lib/dates/calendar";
import { recordAudit } from "@/lib/audit/record-audit";
import { createLoanAccount } from "@/lib/loans/create-loan-account";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { closeCaseIfDone } from "@/lib/cases/close-case";
import { inTransaction } from "@/lib/db/transaction";
import { transitionLoanMatter } from "@/lib/cases/transition-matter";
import { assertNoLoanInsiderConflict } from "@/lib/fraud/loan-insider";
import { assertLoanPartiesNotBanned, auditLoanBanRefusal } from "@/lib/fraud/loan-ban";
import type { BankPort } from "@/lib/bank/bank-port";
import { bankPort } from "@/lib/bank/choose-bank";
import { payLoanOut } from "@/lib/cases/pay-loan-out";

/**
 * A reviewer rechecks and the loan is disbursed at once, in ONE transaction: RECHECK
 * (MORTGAGE_REGISTERED → RECHECKED; four-eyes: neither the acceptor nor the approver), then
 * DISBURSE (→ DISBURSED): the principal paid to the payee through the bank port with the loan as
 * idempotency reference (lib/cases/pay-loan-out: a bank that did not answer is asked once more with
 * the same reference, never a second payment), one Disbursement with the bank's receipt, the loan
 * ACTIVE with its schedule, the matter COMPLETED, the case COMPLETED when all its matters are done.
 * A bank refusal rolls everything back: the matter stays MORTGAGE_REGISTERED with nothing disbursed,
 * the failure is audited (LOAN_DISBURSE_FAILED), and the reviewer may retry.
 * Exactly one disbursement whatever happens: concurrent or repeated calls lose the version race (or
 * hit the unique loanId / the bank reference) and get ALREADY_HANDLED.
 * Controls: insider (never a loan of the reviewer or a declared relative, flagged); the blacklist
 * again for the borrower and co-borrower (a ban filed since acceptance stops the disbursement with
 * its reason, audited BLACKLIST_REFUSAL) — recheck and disbursement are one transaction, so the one
 * check covers both, and it holds the parties' blacklist locks so a ban cannot slip in before commit.
 * Errors: FORBIDDEN_ROLE, NOT_FOUND, ALREADY_HANDLED, ILLEGAL_TRANSITION, FOUR_EYES_ACCEPTOR,
 * FOUR_EYES_APPROVER, INSIDER_CONFLICT, BLACKLISTED (details.reason), PAYEE_MISSING,
 * BANK_UNAVAILABLE, BANK_PAYEE_MISMATCH, BANK_INVALID_AMOUNT, INVALID_DATE (field firstDueDate).
 */
export async function recheckAndDisburse(opts: {
  actor: Actor;
  matterId: string;
  expectedVersion?: number;
  firstDueDate?: string;
  note?: string | null;
  now?: Date;
  /** The bank port's adapter; default HPF_BANK_ADAPTER (lib/bank/choose-bank). */
  bank?: BankPort;
}): Promise<{ disbursementId: string; loanNo: string; firstDueDate: string; installments: number; caseClosed: boolean; bankRef: string }> {
  requireActorRole(opts.actor, "REVIEWER");
  if (opts.firstDueDate) {
    try {
      parseIsoDate(opts.firstDueDate);
    } catch {
      throw new DomainError("INVALID_DATE", { field: "firstDueDate" });
    }
  }
  const now = opts.now ?? new Date();
  const bank = opts.bank ?? bankPort();
  try {
    return await inTransaction(async (tx) => {
      const rechecked = await transitionLoanMatter(tx, {
        matterId: opts.matterId,
        expectedVersion: opts.expectedVersion,
        action: "RECHECK",
        actor: opts.actor,
        note: opts.note?.trim() || "复核无误",
        now,
        authorize: async (matter) => {
          await assertNoLoanInsiderConflict(tx, { staffUserId: opts.actor.userId, matter, action: "LOAN_RECHECK" });
          await assertLoanPartiesNotBanned(tx, { loanId: matter.loanId!, step: "LOAN_RECHECK", now });
        },
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
      const { bankRef } = await payLoanOut(tx, bank, rechecked.loanId!);
      const account = await createLoanAccount(tx, {
        loanId: rechecked.loanId!,
        actorId: opts.actor.userId,
        now,
        firstDueDate: opts.firstDueDate,
        bankRef,
      });
      const caseClosed = await closeCaseIfDone(tx, rechecked.caseId, { actorId: opts.actor.userId }, now);
      return { ...account, caseClosed, bankRef };
    });
  } catch (error) {
    if (isDomainError(error) && error.code.startsWith("BANK_")) {
      // After the rollback: the failed attempt at moving money stays on record.
      await recordAudit(db, {
        actorId: opts.actor.userId,
        action: "LOAN_DISBURSE_FAILED",
        entityType: "CaseMatter",
        entityId: opts.matterId,
        fromState: "MORTGAGE_REGISTERED",
        toState: "MORTGAGE_REGISTERED",
        detail: { code: error.code, bank: bank.name },
      });
    }
    return auditLoanBanRefusal(error, { actorId: opts.actor.userId, matterId: opts.matterId });
  }
}
