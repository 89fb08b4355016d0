import type { Db, Tx } from "@/lib/db";
import { daysOverdue, fromDateColumn } from "@/lib/dates/calendar";
import { formatYuan, money } from "@/lib/money";
import { overdueStatus, type OverdueStatus } from "@/lib/servicing/overdue-status";
import { penaltyOwed } from "@/lib/servicing/use-cases/loan-position";

export type OverdueInstallment = { seq: number; dueDate: string; principal: string; interest: string; total: string; daysOverdue: number };

export type LoanArrears = {
  status: OverdueStatus;
  /** Penalty interest owed: Loan.penaltyPosted − Loan.penaltyPaid. */
  penaltyOwed: string;
  /** Overdue principal + overdue interest + penalty owed. */
  totalDue: string;
  /** The installments due before the business date with something unpaid, oldest first. */
  overdueInstallments: OverdueInstallment[];
};

/**
 * What a borrower owes on a loan on `businessDate` (the money rule of the collection screens and the
 * 逾期贷款通知单): overdue principal and interest are the unpaid parts of installments due before
 * the business date (overdueStatus); penalty owed = Loan.penaltyPosted − Loan.penaltyPaid.
 */
export async function loanArrears(client: Db | Tx, loanId: string, businessDate: string): Promise<LoanArrears> {
  const [loan, installments] = await Promise.all([
    client.loan.findUniqueOrThrow({ where: { id: loanId }, select: { penaltyPosted: true, penaltyPaid: true } }),
    client.loanInstallment.findMany({
      where: { loanId },
      orderBy: { seq: "asc" },
      select: { seq: true, dueDate: true, principal: true, interest: true, paidPrincipal: true, paidInterest: true },
    }),
  ]);
  const rows = installments.map((i) => ({ ...i, dueDate: fromDateColumn(i.dueDate) }));
  const status = overdueStatus(rows, businessDate);
  const penalty = formatYuan(penaltyOwed(loan.penaltyPosted.toFixed(2), loan.penaltyPaid.toFixed(2)));
  const overdueInstallments = rows
    // The same rule, one installment at a time: no second definition of "overdue" here.
    .filter((i) => overdueStatus([i], businessDate).overduePeriods === 1)
    .map((i) => {
      const principal = money(i.principal).minus(money(i.paidPrincipal));
      const interest = money(i.interest).minus(money(i.paidInterest));
      return {
        seq: i.seq,
        dueDate: i.dueDate,
        principal: formatYuan(principal),
        interest: formatYuan(interest),
        total: formatYuan(principal.plus(interest)),
        daysOverdue: daysOverdue(i.dueDate, businessDate),
      };
    });
  const totalDue = formatYuan(money(status.overduePrincipal).plus(money(status.overdueInterest)).plus(money(penalty)));
  return { status, penaltyOwed: penalty, totalDue, overdueInstallments };
}
