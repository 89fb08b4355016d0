import type { Db, Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { DeductionBucket } from "@/lib/servicing/deduction-order";
import type { CitizenActor } from "./citizen-loan";
import { REPAYMENT_SELECT, toRepaymentDto, type RepaymentDto } from "./repayment-dto";

export type FirstRepayment = RepaymentDto & { loanStatus: string; duplicate: true };

/**
 * The repayment an earlier submit of the same form made (its idempotency key), or null. A key used
 * on another loan is IDEMPOTENCY_KEY_REUSED; a loan the actor is not party to, LOAN_NOT_FOUND.
 */
export async function findFirstRepayment(
  client: Db | Tx,
  opts: { idempotencyKey: string; loanId: string; actor: CitizenActor },
  order?: readonly DeductionBucket[],
): Promise<FirstRepayment | null> {
  const found = await client.repayment.findUnique({
    where: { idempotencyKey: opts.idempotencyKey },
    select: { ...REPAYMENT_SELECT, loanId: true },
  });
  if (!found) return null;
  if (found.loanId !== opts.loanId) throw new DomainError("IDEMPOTENCY_KEY_REUSED");
  const loan = await client.loan.findUniqueOrThrow({
    where: { id: found.loanId },
    select: { status: true, borrowerId: true, coBorrowerId: true },
  });
  if (loan.borrowerId !== opts.actor.depositorId && loan.coBorrowerId !== opts.actor.depositorId) throw new DomainError("LOAN_NOT_FOUND");
  return { ...toRepaymentDto(found, order), loanStatus: loan.status, duplicate: true };
}
