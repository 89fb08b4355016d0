import { recordAudit } from "@/lib/audit/record-audit";
import { requireTellerAtWindow, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { DomainError } from "@/lib/errors";
import type { CitizenActor } from "./citizen-loan";
import { findPendingSpouseAuthorizationId } from "@/lib/servicing/spouse-confirmation-queries";

/** Who confirms: the spouse signed in as themselves, or a teller with the spouse at the window. */
export type SpouseConfirmer = { online: CitizenActor } | { atWindow: Actor; spouseIdNumber: string };

/**
 * The spouse confirms a deduction authorization on their own fund account (配偶确认委托扣划,
 * issue 14): the borrower's signature alone never lets the batch deduct from the spouse's account.
 * Online, only the account holder (the spouse signed in) can confirm; at a window, a teller confirms
 * with the spouse present, typing the spouse's ID number as checked on their ID card (it must be
 * the account holder's). PENDING → ACTIVE (activeKey = loanId) guarded by pendingKey, so a double
 * submit confirms once; the account must still be NORMAL. Audit DEDUCTION_AUTHORIZATION_CONFIRMED
 * (with the window when confirmed at one).
 * Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, AUTHORIZATION_NOT_FOUND (not pending or not the
 * confirmer's: reveals nothing), NOT_SPOUSE (field spouseIdNumber), ACCOUNT_NOT_NORMAL.
 */
export async function confirmSpouseDeduction(opts: {
  confirmer: SpouseConfirmer;
  authorizationId: string;
  now?: Date;
}): Promise<{ confirmed: boolean; loanNo: string }> {
  const now = opts.now ?? new Date();
  const c = opts.confirmer;
  const windowId = "atWindow" in c ? requireTellerAtWindow(c.atWindow) : null;
  const actorId = "atWindow" in c ? c.atWindow.userId : c.online.userId;
  return inTransaction(async (tx) => {
    const found = await tx.deductionAuthorization.findUnique({
      where: { id: opts.authorizationId },
      select: {
        id: true,
        loanId: true,
        activeKey: true,
        pendingKey: true,
        revokedAt: true,
        loan: { select: { loanNo: true } },
        account: { select: { accountNo: true, status: true, depositorId: true, depositor: { select: { idNumber: true } } } },
      },
    });
    if (!found || found.revokedAt) throw new DomainError("AUTHORIZATION_NOT_FOUND");
    if ("online" in c && found.account.depositorId !== c.online.depositorId) throw new DomainError("AUTHORIZATION_NOT_FOUND");
    if ("atWindow" in c && found.account.depositor.idNumber !== c.spouseIdNumber.trim().toUpperCase())
      throw new DomainError("NOT_SPOUSE", { field: "spouseIdNumber" });
    if (found.activeKey) return { confirmed: false, loanNo: found.loan.loanNo };
    if (!found.pendingKey) throw new DomainError("AUTHORIZATION_NOT_FOUND");
    if (found.account.status !== "NORMAL") throw new DomainError("ACCOUNT_NOT_NORMAL", { details: { status: found.account.status } });
    const moved = await tx.deductionAuthorization.updateMany({
      where: { id: found.id, pendingKey: found.loanId, revokedAt: null },
      data: { pendingKey: null, activeKey: found.loanId, confirmedAt: now, confirmedById: actorId, confirmedWindowId: windowId },
    });
    if (moved.count !== 1) return { confirmed: false, loanNo: found.loan.loanNo };
    await recordAudit(tx, {
      actorId,
      windowId,
      action: "DEDUCTION_AUTHORIZATION_CONFIRMED",
      entityType: "DeductionAuthorization",
      entityId: found.id,
      fromState: "PENDING_SPOUSE",
      toState: "ACTIVE",
      detail: { loanNo: found.loan.loanNo, accountNo: found.account.accountNo, channel: windowId ? "WINDOW" : "ONLINE" },
    });
    return { confirmed: true, loanNo: found.loan.loanNo };
  });
}

/**
 * At the window the teller names the loan, not the authorization: its pending authorization is
 * confirmed as above. The teller's window is checked before the loan is looked up.
 * Errors: those of confirmSpouseDeduction, and NO_PENDING_SPOUSE_AUTHORIZATION (field loanNo).
 */
export async function confirmSpouseDeductionAtWindow(opts: {
  actor: Actor;
  loanNo: string;
  spouseIdNumber: string;
  now?: Date;
}): Promise<{ confirmed: boolean; loanNo: string }> {
  requireTellerAtWindow(opts.actor);
  const authorizationId = await findPendingSpouseAuthorizationId(opts.loanNo);
  if (!authorizationId) throw new DomainError("NO_PENDING_SPOUSE_AUTHORIZATION", { field: "loanNo" });
  return confirmSpouseDeduction({
    confirmer: { atWindow: opts.actor, spouseIdNumber: opts.spouseIdNumber },
    authorizationId,
    now: opts.now,
  });
}
