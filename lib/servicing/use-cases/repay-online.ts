import { recordAudit } from "@/lib/audit/record-audit";
import { bankPort } from "@/lib/bank/choose-bank";
import { inTransaction } from "@/lib/db/transaction";
import { db } from "@/lib/db";
import { dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { getServicingSettings } from "@/lib/servicing/servicing-settings";
import { allocateRepayments } from "@/lib/servicing/settle/allocate-repayments";
import { refreshLoans } from "@/lib/servicing/settle/refresh-loans";
import { lockCitizenLoan, readPositionInputs, type CitizenActor } from "./citizen-loan";
import { loanPosition } from "./loan-position";
import { checkRepaymentAmount, suggestedRepayment } from "./repayment-amount";
import { findFirstRepayment } from "./idempotent-repayment";
import { REPAYMENT_SELECT, newRepaymentNo, toRepaymentDto, type RepaymentDto } from "./repayment-dto";

export type RepayOnlineOptions = {
  actor: CitizenActor;
  loanId: string;
  /** Yuan; empty or absent = the suggested amount (everything due now). */
  amount?: string | null;
  /** The simulated card to debit; absent = the simulated online payment gateway (always approved). */
  cardAccount?: string | null;
  /** From the form (prefixed by the caller with the user id): a resend returns the first result. */
  idempotencyKey: string;
  now?: Date;
};

export type RepayOnlineResult = RepaymentDto & { loanStatus: string; duplicate: boolean };

/**
 * The borrower or co-borrower repays online (simulated payment through the bank port). Rules:
 * amounts per ./repayment-amount.ts (default = arrears plus the installment due today; never
 * more than that — installments not yet due are not paid ahead); the payment is collected, a Repayment (kind ONLINE, source ONLINE) recorded and
 * spread over the buckets in the deduction order from the servicing settings by the shared
 * settlement (allocateRepayments), then refreshLoans for this loan so installment statuses,
 * overdue periods, loan status and the collection case (closed once arrears are cleared, 销号)
 * change at once, not at the next batch. One transaction with the loan row locked, plus an audit
 * entry. A resent idempotency key returns the first repayment (duplicate: true), also when the two
 * race. Errors: LOAN_NOT_FOUND, LOAN_NOT_SERVICED, NOTHING_DUE, INVALID_AMOUNT, AMOUNT_OVER_DUE,
 * IDEMPOTENCY_KEY_REUSED, and the bank port's payment errors.
 */
export async function repayOnline(opts: RepayOnlineOptions): Promise<RepayOnlineResult> {
  const settings = await getServicingSettings();
  const order = settings.deductionOrder;
  const again = await findFirstRepayment(db, opts, order);
  if (again) return again;
  const now = opts.now ?? new Date();
  const businessDate = todayInShanghai(now);
  try {
    return await inTransaction(async (tx) => {
      const loan = await lockCitizenLoan(tx, { loanId: opts.loanId, actor: opts.actor });
      // A double submit waited on the loan lock: the first one has committed by now.
      const raced = await findFirstRepayment(tx, opts, order);
      if (raced) return raced;
      const inputs = await readPositionInputs(tx, loan.id);
      const position = loanPosition({ ...inputs, businessDate });
      const amount = checkRepaymentAmount(opts.amount?.trim() || suggestedRepayment(position), position);
      const repaymentNo = newRepaymentNo(businessDate);
      const { bankRef } = await bankPort().collectOnlinePayment(tx, {
        cardAccount: opts.cardAccount || null,
        amount,
        reference: opts.idempotencyKey,
      });
      const created = await tx.repayment.create({
        data: {
          repaymentNo,
          loanId: loan.id,
          kind: "ONLINE",
          source: "ONLINE",
          businessDate: dateColumn(businessDate),
          amount,
          bankRef,
          idempotencyKey: opts.idempotencyKey,
          actorId: opts.actor.userId,
        },
        select: { id: true },
      });
      await allocateRepayments(tx, { businessDate, where: Prisma.sql`r.id = ${created.id}`, order });
      await refreshLoans(tx, { businessDate, loanIds: [loan.id], actorId: opts.actor.userId, now });
      const row = await tx.repayment.findUniqueOrThrow({ where: { id: created.id }, select: REPAYMENT_SELECT });
      const after = await tx.loan.findUniqueOrThrow({ where: { id: loan.id }, select: { status: true, overduePeriods: true } });
      const dto = toRepaymentDto(row, order);
      await recordAudit(tx, {
        actorId: opts.actor.userId,
        action: "REPAYMENT_ONLINE",
        entityType: "Repayment",
        entityId: created.id,
        fromState: loan.status,
        toState: after.status,
        detail: {
          loanNo: loan.loanNo,
          repaymentNo,
          amount,
          bankRef,
          allocation: dto.allocation.map((l) => [l.bucket, l.amount]),
          overduePeriods: after.overduePeriods,
        },
      });
      return { ...dto, loanStatus: after.status, duplicate: false };
    });
  } catch (error) {
    // Two first submits raced past the check above: the loser's insert hit the unique key.
    if (error instanceof DomainError && error.code === "ALREADY_HANDLED") {
      const first = await findFirstRepayment(db, opts, order);
      if (first) return first;
    }
    throw error;
  }
}
