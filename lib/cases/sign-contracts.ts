import { recordAudit } from "@/lib/audit/record-audit";
import { todayInShanghai } from "@/lib/dates/calendar";
import { nextContractNo } from "@/lib/loans/loan-numbers";
import type { Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { transitionLoanMatter } from "@/lib/cases/transition-matter";

/**
 * The teller records the signing of the loan contract (借款合同) and the mortgage contract (抵押合同)
 * (APPROVED → CONTRACTS_SIGNED): one LoanContract of each kind with its number
 * (GJJDK2026-000123 / GJJDY2026-000123), signedById and signedAt. Only at the case's window, or
 * after an audited hand-over (lib/cases/case-window, hand-over-case).
 * Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, CASE_OTHER_WINDOW, WINDOW_OCCUPIED, NOT_FOUND,
 * ALREADY_HANDLED, ILLEGAL_TRANSITION.
 */
export async function signContracts(opts: {
  actor: Actor;
  matterId: string;
  expectedVersion?: number;
  now?: Date;
}): Promise<{ contracts: { kind: "LOAN" | "MORTGAGE"; contractNo: string }[] }> {
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    const moved = await transitionLoanMatter(tx, {
      matterId: opts.matterId,
      expectedVersion: opts.expectedVersion,
      action: "SIGN_CONTRACTS",
      actor: opts.actor,
      now,
    });
    const year = Number(todayInShanghai(now).slice(0, 4));
    const contracts: { kind: "LOAN" | "MORTGAGE"; contractNo: string }[] = [];
    for (const kind of ["LOAN", "MORTGAGE"] as const) {
      const contractNo = await nextContractNo(tx, kind, year);
      const row = await tx.loanContract.create({
        data: { loanId: moved.loanId!, kind, contractNo, signedAt: now, signedById: opts.actor.userId },
      });
      await recordAudit(tx, {
        actorId: opts.actor.userId,
        windowId: opts.actor.windowId,
        action: "CONTRACT_SIGNED",
        entityType: "LoanContract",
        entityId: row.id,
        toState: kind,
        detail: { contractNo },
      });
      contracts.push({ kind, contractNo });
    }
    return { contracts };
  });
}
