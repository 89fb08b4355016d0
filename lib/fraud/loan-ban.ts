import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { todayInShanghai } from "@/lib/dates/calendar";
import { DomainError, isDomainError } from "@/lib/errors";
import { banRefusalFacts } from "@/lib/fraud/blacklist-rule";
import { fraudRefusalText } from "@/lib/fraud/refusal-messages";
import { findActiveBan } from "@/lib/fraud/facts";

/** The later money steps of a loan at which the blacklist is checked again. */
export type LoanMoneyStep = "LOAN_APPROVE" | "LOAN_RECHECK" | "LOAN_DISBURSE";

/**
 * The blacklist again at every later money step of a loan (approval, recheck, disbursement), in the
 * step's transaction: a ban filed after acceptance — on the borrower or the co-borrower — stops
 * what is in progress with the ban's reason and end date (the same rule and message as at
 * acceptance and for withdrawals: lib/fraud/blacklist-rule, lib/fraud/facts findActiveBan).
 * Errors: BLACKLISTED (details entryId, step and the facts: banReason, endsOn, atWindow).
 */
export async function assertLoanPartiesNotBanned(tx: Tx, opts: { loanId: string; step: LoanMoneyStep; now?: Date }): Promise<void> {
  const loan = await tx.loan.findUnique({
    where: { id: opts.loanId },
    select: { borrower: { select: { idNumber: true } }, coBorrower: { select: { idNumber: true } } },
  });
  if (!loan) return;
  const parties = [loan.borrower.idNumber, ...(loan.coBorrower ? [loan.coBorrower.idNumber] : [])].sort();
  // The lock insertBan takes (lib/fraud/ban-store): a ban filed meanwhile waits for this step to
  // commit, or this step sees it — never a ban that slips in between the check and the commit.
  for (const idNumber of parties) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`blacklist:${idNumber}`}))`;
  const ban = await findActiveBan(tx, parties, todayInShanghai(opts.now));
  if (!ban) return;
  throw new DomainError("BLACKLISTED", { details: { ...banRefusalFacts(ban, true), entryId: ban.id, step: opts.step } });
}

/**
 * After the step's transaction rolled back on BLACKLISTED: the refused attempt stays on record
 * (audit BLACKLIST_REFUSAL on the ban, with the matter and the step), then the error goes on. Any
 * other error passes through untouched.
 */
export async function auditLoanBanRefusal(
  error: unknown,
  opts: { actorId: string; windowId?: string | null; matterId: string },
): Promise<never> {
  if (isDomainError(error) && error.code === "BLACKLISTED" && typeof error.details?.entryId === "string") {
    await recordAudit(db, {
      actorId: opts.actorId,
      windowId: opts.windowId ?? null,
      action: "BLACKLIST_REFUSAL",
      entityType: "BlacklistEntry",
      entityId: error.details.entryId,
      // The reason as the teller was told it, rendered from the error's facts.
      detail: { caseMatterId: opts.matterId, step: String(error.details.step ?? ""), reason: fraudRefusalText(error) ?? "" },
    });
  }
  throw error;
}
