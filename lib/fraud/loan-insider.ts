import type { Tx } from "@/lib/db";
import { assertNoInsiderConflict, type InsiderAction } from "@/lib/fraud/insider-check";

/**
 * Insider control on a loan matter: the staff member may not handle it when the borrower or the
 * co-borrower is themselves or a declared relative. For transitionLoanMatter's `authorize`.
 * Errors: INSIDER_CONFLICT (flagged once per staff member, matter and action).
 */
export async function assertNoLoanInsiderConflict(
  tx: Tx,
  opts: {
    staffUserId: string;
    matter: { id: string; loanId: string | null; case: { depositorId: string } };
    action: InsiderAction;
    windowId?: string | null;
  },
): Promise<void> {
  if (!opts.matter.loanId) return;
  const loan = await tx.loan.findUnique({
    where: { id: opts.matter.loanId },
    select: { borrower: { select: { idNumber: true } }, coBorrower: { select: { idNumber: true } } },
  });
  if (!loan) return;
  await assertNoInsiderConflict(tx, {
    staffUserId: opts.staffUserId,
    partyIdNumbers: [loan.borrower.idNumber, ...(loan.coBorrower ? [loan.coBorrower.idNumber] : [])],
    depositorId: opts.matter.case.depositorId,
    action: opts.action,
    refusalKey: `${opts.action}:${opts.matter.id}:${opts.staffUserId}`,
    caseMatterId: opts.matter.id,
    windowId: opts.windowId ?? null,
  });
}
