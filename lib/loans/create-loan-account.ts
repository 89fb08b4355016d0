import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { addMonthsClamped, dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import { buildSchedule } from "@/lib/loans/schedule";
import { insertInstallments } from "@/lib/loans/insert-installments";
import { loanDueDateRule } from "@/lib/loans/due-date-rule";

/**
 * Disburses an APPLYING loan inside the caller's transaction: exactly one Disbursement (loanId is
 * unique, and the status change is guarded), the loan ACTIVE with its outstanding principal, and
 * its repayment schedule from buildSchedule with the method chosen at acceptance. The first due
 * date defaults to the same day next month (clamped to the month's end); the loan policy's
 * dueDateOnHoliday may move a due date off a non-working day (lib/loans/due-date-rule.ts).
 * Errors: NOT_FOUND, ALREADY_HANDLED (already disbursed), PAYEE_MISSING.
 */
export async function createLoanAccount(
  tx: Tx,
  opts: { loanId: string; actorId: string; windowId?: string | null; now: Date; firstDueDate?: string; bankRef?: string | null },
): Promise<{ disbursementId: string; loanNo: string; firstDueDate: string; installments: number }> {
  const loan = await tx.loan.findUnique({ where: { id: opts.loanId } });
  if (!loan) throw new DomainError("NOT_FOUND", { details: { entity: "Loan" } });
  if (loan.status !== "APPLYING") throw new DomainError("ALREADY_HANDLED", { details: { status: loan.status } });
  if (!loan.payeeName || !loan.payeeAccount) throw new DomainError("PAYEE_MISSING");
  const today = todayInShanghai(opts.now);
  const firstDueDate = opts.firstDueDate ?? addMonthsClamped(today, 1);
  const principal = loan.principal.toFixed(2);

  const moved = await tx.loan.updateMany({
    where: { id: loan.id, status: "APPLYING", version: loan.version },
    data: {
      status: "ACTIVE",
      outstandingPrincipal: principal,
      disbursedAt: opts.now,
      firstDueDate: dateColumn(firstDueDate),
      version: { increment: 1 },
    },
  });
  if (moved.count !== 1) throw new DomainError("ALREADY_HANDLED", { details: { status: "changed" } });
  const disbursement = await tx.disbursement.create({
    data: {
      loanId: loan.id,
      amount: principal,
      payeeName: loan.payeeName,
      payeeAccount: loan.payeeAccount,
      disbursedAt: opts.now,
      disbursedById: opts.actorId,
      bankRef: opts.bankRef ?? null,
    },
  });
  const schedule = buildSchedule({
    principal,
    annualRatePercent: loan.annualRatePercent.toString(),
    months: loan.termMonths,
    method: loan.method,
    firstDueDate,
    // A due date on a holiday moves to the next working day when the loan's policy says so.
    dueDateOf: await loanDueDateRule(tx, loan.policyVersion),
  });
  await insertInstallments(tx, loan.id, schedule.installments);
  await recordAudit(tx, {
    actorId: opts.actorId,
    windowId: opts.windowId ?? null,
    action: "LOAN_DISBURSED",
    entityType: "Loan",
    entityId: loan.id,
    fromState: "APPLYING",
    toState: "ACTIVE",
    detail: {
      disbursementId: disbursement.id,
      amount: principal,
      bankRef: opts.bankRef ?? null,
      firstDueDate,
      installments: schedule.installments.length,
      totalInterest: schedule.totalInterest,
    },
  });
  return { disbursementId: disbursement.id, loanNo: loan.loanNo, firstDueDate, installments: schedule.installments.length };
}
