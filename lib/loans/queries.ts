import "server-only";
import { db } from "@/lib/db";
import type { LoanStatus } from "@/lib/generated/prisma/enums";
import { displayYuan, money } from "@/lib/money";
import { fromDateColumn } from "@/lib/dates/calendar";

export const LOAN_STATUS_LABELS: Record<LoanStatus, string> = {
  APPLYING: "申请中",
  REJECTED: "未获批准",
  CANCELLED: "已撤销",
  ACTIVE: "正常还款",
  OVERDUE: "逾期",
  PAID_OFF: "已结清",
};

export type DepositorLoanDto = {
  id: string;
  loanNo: string;
  asCoBorrower: boolean;
  principal: string;
  outstanding: string;
  annualRate: string;
  termMonths: number;
  status: LoanStatus;
  statusLabel: string;
  overduePeriods: number;
};

/** Loans where the citizen is the borrower or the co-borrower, newest first. */
export async function listLoansOfDepositor(depositorId: string): Promise<DepositorLoanDto[]> {
  const loans = await db.loan.findMany({
    where: { OR: [{ borrowerId: depositorId }, { coBorrowerId: depositorId }] },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      loanNo: true,
      borrowerId: true,
      principal: true,
      outstandingPrincipal: true,
      annualRatePercent: true,
      termMonths: true,
      status: true,
      overduePeriods: true,
    },
  });
  return loans.map((loan) => ({
    id: loan.id,
    loanNo: loan.loanNo,
    asCoBorrower: loan.borrowerId !== depositorId,
    principal: displayYuan(loan.principal),
    outstanding: displayYuan(loan.outstandingPrincipal),
    annualRate: `${money(loan.annualRatePercent).toFixed(3)}%`,
    termMonths: loan.termMonths,
    status: loan.status,
    statusLabel: LOAN_STATUS_LABELS[loan.status],
    overduePeriods: loan.overduePeriods,
  }));
}

export type OverdueLoanDto = {
  id: string;
  loanNo: string;
  borrowerName: string;
  overduePeriods: number;
  outstanding: string;
  principal: string;
  firstDueDate: string | null;
};

/** Loans in OVERDUE, the longest overdue first. */
export async function listOverdueLoans(take = 50): Promise<OverdueLoanDto[]> {
  const loans = await db.loan.findMany({
    where: { status: "OVERDUE" },
    orderBy: [{ overduePeriods: "desc" }, { outstandingPrincipal: "desc" }],
    take,
    select: {
      id: true,
      loanNo: true,
      overduePeriods: true,
      outstandingPrincipal: true,
      principal: true,
      firstDueDate: true,
      borrower: { select: { name: true } },
    },
  });
  return loans.map((loan) => ({
    id: loan.id,
    loanNo: loan.loanNo,
    borrowerName: loan.borrower.name,
    overduePeriods: loan.overduePeriods,
    outstanding: displayYuan(loan.outstandingPrincipal),
    principal: displayYuan(loan.principal),
    firstDueDate: loan.firstDueDate ? fromDateColumn(loan.firstDueDate) : null,
  }));
}

export type OverdueSummaryDto = {
  overdueCount: number;
  repayingCount: number;
  /** Overdue loans among loans being repaid (ACTIVE + OVERDUE), "3.25%". */
  overdueRate: string;
  overdueOutstanding: string;
};

export async function getOverdueSummary(): Promise<OverdueSummaryDto> {
  const [overdue, repayingCount] = await Promise.all([
    db.loan.aggregate({ where: { status: "OVERDUE" }, _count: { _all: true }, _sum: { outstandingPrincipal: true } }),
    db.loan.count({ where: { status: { in: ["ACTIVE", "OVERDUE"] } } }),
  ]);
  const overdueCount = overdue._count._all;
  const rate = repayingCount === 0 ? money(0) : money(overdueCount).times(100).dividedBy(repayingCount);
  return {
    overdueCount,
    repayingCount,
    overdueRate: `${rate.toFixed(2)}%`,
    overdueOutstanding: displayYuan(overdue._sum.outstandingPrincipal ?? 0),
  };
}
