import { recordAudit } from "@/lib/audit/record-audit";
import { bankPort } from "@/lib/bank/choose-bank";
import { inTransaction } from "@/lib/db/transaction";
import { db } from "@/lib/db";
import { dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import { insertInstallments } from "@/lib/loans/insert-installments";
import type { PrepaymentMode, PrepaymentSummary } from "@/lib/servicing/prepayment";
import { refreshLoans } from "@/lib/servicing/settle/refresh-loans";
import { lockCitizenLoan, type CitizenActor } from "./citizen-loan";
import { findFirstRepayment } from "./idempotent-repayment";
import { assertQuotedTotal, readPrepaymentContext } from "./prepayment-context";
import { planPartialPrepayment } from "./prepayment-plan";
import { REPAYMENT_SELECT, newRepaymentNo, toRepaymentDto, type RepaymentDto } from "./repayment-dto";

export type PrepayLoanOptions = {
  actor: CitizenActor;
  loanId: string;
  amount: string;
  mode: PrepaymentMode;
  /** The total the borrower was quoted and confirmed; a different figure today is QUOTE_CHANGED. */
  expectedTotal?: string | null;
  /** The simulated card to debit; absent = the simulated online payment gateway. */
  cardAccount?: string | null;
  idempotencyKey: string;
  now?: Date;
};

export type PrepayLoanResult = RepaymentDto & { loanStatus: string; duplicate: boolean; summary: PrepaymentSummary | null };

/**
 * Partial prepayment (提前部分还款), by the borrower or co-borrower, on the terms of
 * ./prepayment-plan.ts (arrears first; effective today; interest on the prepaid principal since
 * the last due date charged with it; ≥ 10,000 元 in whole hundreds). In one transaction with the
 * loan row locked: collect amount + accrued interest through the bank port; replace the
 * not-yet-due installments (seq ≥ nextSeq) by recomputeAfterPrepayment's schedule — paid history
 * is kept untouched; record a Repayment (kind PREPAYMENT, prepaidPrincipal, accruedInterest); set
 * the loan's outstanding principal; refreshLoans; audit LOAN_PREPAID with the summary. The loan's
 * contract term (termMonths) stays as signed: repricing keys on it. A resent idempotency key
 * returns the first result. Errors: those of ./prepayment-plan.ts, QUOTE_CHANGED, LOAN_NOT_FOUND,
 * LOAN_NOT_SERVICED, IDEMPOTENCY_KEY_REUSED, the bank port's payment errors.
 */
export async function prepayLoan(opts: PrepayLoanOptions): Promise<PrepayLoanResult> {
  const again = await findFirstRepayment(db, opts);
  if (again) return { ...again, summary: null };
  const now = opts.now ?? new Date();
  const businessDate = todayInShanghai(now);
  try {
    return await inTransaction(async (tx) => {
      const loan = await lockCitizenLoan(tx, { loanId: opts.loanId, actor: opts.actor });
      const raced = await findFirstRepayment(tx, opts);
      if (raced) return { ...raced, summary: null };
      const { start, facts } = await readPrepaymentContext(tx, loan, businessDate);
      const plan = planPartialPrepayment(facts, start, { amount: opts.amount, mode: opts.mode });
      assertQuotedTotal(opts.expectedTotal, plan.total);

      const repaymentNo = newRepaymentNo(businessDate);
      const { bankRef } = await bankPort().collectOnlinePayment(tx, {
        cardAccount: opts.cardAccount || null,
        amount: plan.total,
        reference: opts.idempotencyKey,
      });
      await tx.loanInstallment.deleteMany({ where: { loanId: loan.id, seq: { gte: plan.nextSeq } } });
      await insertInstallments(tx, loan.id, plan.installments);
      const created = await tx.repayment.create({
        data: {
          repaymentNo,
          loanId: loan.id,
          kind: "PREPAYMENT",
          source: "ONLINE",
          businessDate: dateColumn(businessDate),
          amount: plan.total,
          prepaidPrincipal: plan.amount,
          accruedInterest: plan.accruedInterest,
          bankRef,
          idempotencyKey: opts.idempotencyKey,
          actorId: opts.actor.userId,
        },
        select: REPAYMENT_SELECT,
      });
      await tx.loan.update({
        where: { id: loan.id },
        data: { outstandingPrincipal: plan.summary.newPrincipal, version: { increment: 1 } },
      });
      await refreshLoans(tx, { businessDate, loanIds: [loan.id], actorId: opts.actor.userId, now });
      await recordAudit(tx, {
        actorId: opts.actor.userId,
        action: "LOAN_PREPAID",
        entityType: "Loan",
        entityId: loan.id,
        fromState: start.remainingPrincipal,
        toState: plan.summary.newPrincipal,
        detail: {
          loanNo: loan.loanNo,
          repaymentNo,
          mode: plan.mode,
          amount: plan.amount,
          accruedDays: plan.accruedDays,
          accruedInterest: plan.accruedInterest,
          total: plan.total,
          fromSeq: plan.nextSeq,
          bankRef,
          summary: plan.summary,
        },
      });
      const after = await tx.loan.findUniqueOrThrow({ where: { id: loan.id }, select: { status: true } });
      return { ...toRepaymentDto(created), loanStatus: after.status, duplicate: false, summary: plan.summary };
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === "ALREADY_HANDLED") {
      const first = await findFirstRepayment(db, opts);
      if (first) return { ...first, summary: null };
    }
    throw error;
  }
}
