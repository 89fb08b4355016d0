import type { Tx } from "@/lib/db";
import { syncCollectionCases } from "@/lib/servicing/batch/collection-cases";
import { markInstallmentStatuses } from "@/lib/servicing/batch/mark-installments";
import { payOffLoans } from "@/lib/servicing/batch/pay-off-loans";
import type { StepCounts } from "@/lib/servicing/batch/types";
import { updateLoanStatuses } from "@/lib/servicing/batch/update-loans";

export type RefreshLoansOptions = {
  /** The business date the loans are judged on (today for an online repayment). */
  businessDate: string;
  /** Only these loans; omitted = every serviced loan (what the batch does). */
  loanIds?: string[];
  /** Who caused it, for the payoff audit rows (default actorLabel "system"). */
  actorId?: string | null;
  actorLabel?: string | null;
  /** Timestamp for paidOffAt / releasedAt (default now). */
  now?: Date;
};

/**
 * Brings loans up to date after money was allocated, with the very SQL the daily batch runs
 * (steps 3–6), scoped to `loanIds`: installment statuses, overdue periods and status, payoff
 * (PAID_OFF, mortgage RELEASED, release case) and collection cases (销号 closes the open case of a
 * loan no longer overdue; an overdue loan without one gets one). Call it in the same transaction
 * as the allocation, so the citizen sees the new status at once.
 */
export async function refreshLoans(tx: Tx, opts: RefreshLoansOptions): Promise<StepCounts> {
  const scope = { loanIds: opts.loanIds };
  if (opts.loanIds && opts.loanIds.length === 0) return {};
  const marked = await markInstallmentStatuses(tx, opts.businessDate, scope);
  const updated = await updateLoanStatuses(tx, opts.businessDate, scope);
  const paidOff = await payOffLoans(tx, opts.businessDate, scope, opts.now ?? new Date(), {
    actorId: opts.actorId,
    actorLabel: opts.actorLabel ?? "system",
  });
  const cases = await syncCollectionCases(tx, opts.businessDate, scope);
  return { ...marked, ...updated, ...paidOff, ...cases };
}
