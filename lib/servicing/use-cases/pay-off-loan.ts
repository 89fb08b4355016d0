import { recordAudit } from "@/lib/audit/record-audit";
import { bankPort } from "@/lib/bank/choose-bank";
import { inTransaction } from "@/lib/db/transaction";
import { db } from "@/lib/db";
import { dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import { refreshLoans } from "@/lib/servicing/settle/refresh-loans";
import { lockCitizenLoan, type CitizenActor } from "./citizen-loan";
import { findFirstRepayment } from "./idempotent-repayment";
import { assertQuotedTotal, readPrepaymentContext } from "./prepayment-context";
import { planPayoff } from "./prepayment-plan";
import { REPAYMENT_SELECT, newRepaymentNo, toRepaymentDto, type RepaymentDto } from "./repayment-dto";

export type PayOffLoanOptions = {
  actor: CitizenActor;
  loanId: string;
  /** The payoff total the borrower was quoted; a different figure today is QUOTE_CHANGED. */
  expectedTotal?: string | null;
  /** The simulated card to debit; absent = the simulated online payment gateway. */
  cardAccount?: string | null;
  idempotencyKey: string;
  now?: Date;
};

export type PayOffLoanResult = RepaymentDto & { loanStatus: string; duplicate: boolean; releaseNo: string | null };

/**
 * Full payoff (提前结清) by the borrower or co-borrower: arrears first (as for prepayment); the
 * quote is the remaining principal plus its interest since the last due date (fullPayoffQuote),
 * effective today. In one transaction with the loan row locked: collect the total through the bank
 * port; the not-yet-due installments are replaced by one settled installment dated today (principal
 * = remaining principal, interest = accrued interest), so every installment is PAID and the paid
 * history stays as it was; a Repayment (kind PAYOFF); outstanding principal 0; refreshLoans, whose
 * payoff step (the set-based twin of releaseMortgageOnPayoff) turns the loan PAID_OFF, releases
 * the mortgage and records the completed release case the citizen sees; audit
 * LOAN_PAYOFF_RECEIVED. A resent idempotency key returns the first result.
 * Errors: those of ./prepayment-plan.ts, QUOTE_CHANGED, PAYOFF_INCOMPLETE, LOAN_NOT_FOUND,
 * LOAN_NOT_SERVICED, IDEMPOTENCY_KEY_REUSED, the bank port's payment errors.
 */
export async function payOffLoan(opts: PayOffLoanOptions): Promise<PayOffLoanResult> {
  const releaseNoOf = async (loanId: string) =>
    (await db.mortgage.findUnique({ where: { loanId }, select: { releaseNo: true } }))?.releaseNo ?? null;
  const again = await findFirstRepayment(db, opts);
  if (again) return { ...again, releaseNo: await releaseNoOf(opts.loanId) };
  const now = opts.now ?? new Date();
  const businessDate = todayInShanghai(now);
  try {
    return await inTransaction(async (tx) => {
      const loan = await lockCitizenLoan(tx, { loanId: opts.loanId, actor: opts.actor });
      const { start, facts } = await readPrepaymentContext(tx, loan, businessDate);
      const plan = planPayoff(facts, start);
      assertQuotedTotal(opts.expectedTotal, plan.total);

      const repaymentNo = newRepaymentNo(businessDate);
      const { bankRef } = await bankPort().collectOnlinePayment(tx, {
        cardAccount: opts.cardAccount || null,
        amount: plan.total,
        reference: opts.idempotencyKey,
      });
      await tx.loanInstallment.deleteMany({ where: { loanId: loan.id, seq: { gte: start.nextSeq } } });
      const day = dateColumn(businessDate);
      await tx.loanInstallment.create({
        data: {
          loanId: loan.id,
          seq: start.nextSeq,
          dueDate: day,
          payment: plan.total,
          principal: plan.principal,
          interest: plan.accruedInterest,
          balanceAfter: "0.00",
          status: "PAID",
          paidAmount: plan.total,
          paidOn: day,
          paidPrincipal: plan.principal,
          paidInterest: plan.accruedInterest,
        },
      });
      const created = await tx.repayment.create({
        data: {
          repaymentNo,
          loanId: loan.id,
          kind: "PAYOFF",
          source: "ONLINE",
          businessDate: day,
          amount: plan.total,
          prepaidPrincipal: plan.principal,
          accruedInterest: plan.accruedInterest,
          bankRef,
          idempotencyKey: opts.idempotencyKey,
          actorId: opts.actor.userId,
        },
        select: { ...REPAYMENT_SELECT, id: true },
      });
      await tx.loan.update({ where: { id: loan.id }, data: { outstandingPrincipal: "0.00", version: { increment: 1 } } });
      await refreshLoans(tx, { businessDate, loanIds: [loan.id], actorId: opts.actor.userId, now });
      const after = await tx.loan.findUniqueOrThrow({
        where: { id: loan.id },
        select: { status: true, mortgage: { select: { releaseNo: true } } },
      });
      // refreshLoans' payoff step must have closed the loan; anything else rolls the payment back.
      if (after.status !== "PAID_OFF")
        throw new DomainError("PAYOFF_INCOMPLETE", { details: { loanNo: loan.loanNo, status: after.status } });
      const releaseNo = after.mortgage?.releaseNo ?? null;
      await recordAudit(tx, {
        actorId: opts.actor.userId,
        action: "LOAN_PAYOFF_RECEIVED",
        entityType: "Repayment",
        entityId: created.id,
        fromState: loan.status,
        toState: "PAID_OFF",
        detail: {
          loanNo: loan.loanNo,
          repaymentNo,
          principal: plan.principal,
          accruedDays: plan.accruedDays,
          accruedInterest: plan.accruedInterest,
          total: plan.total,
          bankRef,
          releaseNo,
        },
      });
      return { ...toRepaymentDto(created), loanStatus: "PAID_OFF", duplicate: false, releaseNo };
    });
  } catch (error) {
    // A double submit waits on the loan lock, then finds the loan PAID_OFF: answer with the first.
    if (error instanceof DomainError && (error.code === "ALREADY_HANDLED" || error.code === "LOAN_NOT_SERVICED")) {
      const first = await findFirstRepayment(db, opts);
      if (first) return { ...first, releaseNo: await releaseNoOf(opts.loanId) };
    }
    throw error;
  }
}
