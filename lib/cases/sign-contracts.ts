import { recordAudit } from "@/lib/audit/record-audit";
import { todayInShanghai } from "@/lib/dates/calendar";
import { nextContractNo } from "@/lib/loans/loan-numbers";
import type { Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { transitionLoanMatter } from "@/lib/cases/transition-matter";
import { storeSignedContract } from "@/lib/contracts/contract-file";

type SignedContract = { kind: "LOAN" | "MORTGAGE"; contractNo: string; sha256: string };

/**
 * The teller records the signing of the loan contract (借款合同) and the mortgage contract (抵押合同)
 * (APPROVED → CONTRACTS_SIGNED): one LoanContract of each kind with its number
 * (GJJDK2026-000123 / GJJDY2026-000123), signedById and signedAt, and the PDF as signed with its
 * SHA-256 (lib/contracts/contract-file: every later download returns those bytes). Only at the case's window, or
 * after an audited hand-over (lib/cases/case-window, hand-over-case).
 * Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, CASE_OTHER_WINDOW, WINDOW_OCCUPIED, NOT_FOUND,
 * ALREADY_HANDLED, ILLEGAL_TRANSITION.
 */
export async function signContracts(opts: {
  actor: Actor;
  matterId: string;
  expectedVersion?: number;
  now?: Date;
}): Promise<{ contracts: SignedContract[] }> {
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    const moved = await transitionLoanMatter(tx, {
      matterId: opts.matterId,
      expectedVersion: opts.expectedVersion,
      action: "SIGN_CONTRACTS",
      actor: opts.actor,
      now,
    });
    const { caseId } = await tx.caseMatter.findUniqueOrThrow({ where: { id: opts.matterId }, select: { caseId: true } });
    const year = Number(todayInShanghai(now).slice(0, 4));
    const contracts: SignedContract[] = [];
    for (const kind of ["LOAN", "MORTGAGE"] as const) {
      const contractNo = await nextContractNo(tx, kind, year);
      const row = await tx.loanContract.create({
        data: { loanId: moved.loanId!, kind, contractNo, signedAt: now, signedById: opts.actor.userId },
      });
      // Rendered once, here, inside the transaction: a failed render signs nothing.
      const { sha256 } = await storeSignedContract(tx, { caseId, contractId: row.id, kind: kind === "LOAN" ? "loan" : "mortgage", now });
      await recordAudit(tx, {
        actorId: opts.actor.userId,
        windowId: opts.actor.windowId,
        action: "CONTRACT_SIGNED",
        entityType: "LoanContract",
        entityId: row.id,
        toState: kind,
        detail: { contractNo, sha256 },
      });
      contracts.push({ kind, contractNo, sha256 });
    }
    return { contracts };
  });
}
