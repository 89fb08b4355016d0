import { DomainError } from "@/lib/errors";
import { inTransaction } from "@/lib/db/transaction";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { todayInShanghai } from "@/lib/dates/calendar";
import { bankPort } from "@/lib/bank/choose-bank";
import { simulateIncomingTransfer } from "@/lib/bank/local-remittance-receipts";

export type SimulateTransferOptions = {
  actor: Actor;
  remittanceId: string;
  /** Yuan as typed; any amount, to rehearse a mismatch. */ amount: string;
  now?: Date;
};

/**
 * With the local bank adapter only: the agent's employer "pays" a remittance by bank transfer
 * quoting its payment reference. The money lands in the simulated bank's receipt file for today;
 * nothing in the center changes (no balance, no status) until staff import that file.
 * Errors: FORBIDDEN_ROLE, SIMULATOR_ONLY, NOT_FOUND, NOT_PAYABLE, INVALID_AMOUNT (amount).
 */
export async function simulateEmployerTransfer(opts: SimulateTransferOptions): Promise<{ bankRef: string }> {
  requireActorRole(opts.actor, "EMPLOYER_AGENT");
  if (bankPort().name !== "local") throw new DomainError("SIMULATOR_ONLY");
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    const agent = await tx.user.findUnique({ where: { id: opts.actor.userId }, select: { employerId: true } });
    const remittance = await tx.remittance.findUnique({
      where: { id: opts.remittanceId },
      select: { employerId: true, status: true, paymentReference: true, employer: { select: { name: true } } },
    });
    // Another employer's remittance looks exactly like a missing one.
    if (!remittance || !agent?.employerId || remittance.employerId !== agent.employerId || !remittance.paymentReference)
      throw new DomainError("NOT_FOUND");
    if (remittance.status !== "PENDING_PAYMENT" && remittance.status !== "AWAITING_APPROVAL") throw new DomainError("NOT_PAYABLE");
    return simulateIncomingTransfer(tx, {
      reference: remittance.paymentReference,
      amount: opts.amount.trim(),
      payerName: remittance.employer.name,
      receivedOn: todayInShanghai(now),
      now,
    });
  });
}
