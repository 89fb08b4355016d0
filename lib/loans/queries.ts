import "server-only";
import { db } from "@/lib/db";
import type { LoanStatus } from "@/lib/generated/prisma/enums";
import { displayYuan, money } from "@/lib/money";
import { fromDateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import type { LoanPolicyRules } from "@/lib/loans/policy";
import { currentLoanPolicy, type CurrentPolicy } from "@/lib/loans/policy-store";
import type { Installment } from "@/lib/loans/schedule";
import { INSTALLMENT_STATUS_LABELS, LOAN_STATUS_LABELS, REPAYMENT_METHOD_LABELS } from "@/lib/loans/labels";

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

/** One period of the schedule (amounts for display) with its status. */
export type CitizenInstallmentDto = Installment & { statusLabel: string };

export type CitizenLoanDetailDto = {
  loanNo: string;
  asCoBorrower: boolean;
  borrowerName: string;
  principal: string;
  outstanding: string;
  annualRate: string;
  termMonths: number;
  methodLabel: string;
  statusLabel: string;
  disbursedOn: string | null;
  address: string;
  unitNo: string;
  /** 不动产登记证明号 of the mortgage securing the loan. */
  mortgageRegistrationNo: string | null;
  mortgageStatusLabel: string | null;
  /** How many periods the schedule has in all. */
  installmentCount: number;
  /** The periods asked for: the whole schedule, or the next ones still to pay. */
  installments: CitizenInstallmentDto[];
  totalInterest: string;
};

/**
 * Which part of the schedule to read. The loan page shows the next periods still to pay (a 30-year
 * loan has 360 rows, which made that busy page 412 KB); the schedule page shows them all.
 */
export type ScheduleSlice = { kind: "all" } | { kind: "upcoming"; count: number };

/** How many unpaid periods the loan page lists before linking to the whole schedule. */
export const UPCOMING_PERIODS = 12;

/**
 * One loan with (part of) its schedule, only when `depositorId` is its borrower or co-borrower (the
 * ownership check lives in the query: anyone else gets null, i.e. 404). Total interest and the
 * period count are summed by PostgreSQL, so the loan page never reads the whole schedule.
 */
export async function getCitizenLoan(loanNo: string, depositorId: string, slice: ScheduleSlice): Promise<CitizenLoanDetailDto | null> {
  const loan = await db.loan.findFirst({
    where: { loanNo, OR: [{ borrowerId: depositorId }, { coBorrowerId: depositorId }] },
    select: {
      id: true,
      loanNo: true,
      borrowerId: true,
      borrower: { select: { name: true } },
      principal: true,
      outstandingPrincipal: true,
      annualRatePercent: true,
      termMonths: true,
      method: true,
      status: true,
      disbursedAt: true,
      unit: { select: { address: true, unitNo: true } },
      mortgage: { select: { registrationNo: true, status: true } },
    },
  });
  if (!loan) return null;
  const [totals, installments] = await Promise.all([
    db.loanInstallment.aggregate({ where: { loanId: loan.id }, _count: { _all: true }, _sum: { interest: true } }),
    db.loanInstallment.findMany({
      where: slice.kind === "all" ? { loanId: loan.id } : { loanId: loan.id, status: { not: "PAID" } },
      orderBy: { seq: "asc" },
      take: slice.kind === "all" ? undefined : slice.count,
    }),
  ]);
  return {
    loanNo: loan.loanNo,
    asCoBorrower: loan.borrowerId !== depositorId,
    borrowerName: loan.borrower.name,
    principal: displayYuan(loan.principal),
    outstanding: displayYuan(loan.outstandingPrincipal),
    annualRate: `${money(loan.annualRatePercent).toFixed(3)}%`,
    termMonths: loan.termMonths,
    methodLabel: REPAYMENT_METHOD_LABELS[loan.method],
    statusLabel: LOAN_STATUS_LABELS[loan.status],
    // The day in Shanghai: a loan paid out before 08:00 there is still on the previous UTC day.
    disbursedOn: loan.disbursedAt ? todayInShanghai(loan.disbursedAt) : null,
    address: loan.unit.address,
    unitNo: loan.unit.unitNo,
    mortgageRegistrationNo: loan.mortgage?.registrationNo ?? null,
    mortgageStatusLabel: loan.mortgage ? (loan.mortgage.status === "REGISTERED" ? "抵押中" : "已注销") : null,
    installmentCount: totals._count._all,
    installments: installments.map((i) => ({
      seq: i.seq,
      dueDate: fromDateColumn(i.dueDate),
      payment: displayYuan(i.payment),
      principal: displayYuan(i.principal),
      interest: displayYuan(i.interest),
      balanceAfter: displayYuan(i.balanceAfter),
      statusLabel: INSTALLMENT_STATUS_LABELS[i.status],
    })),
    totalInterest: displayYuan(totals._sum.interest ?? 0),
  };
}

export type LoanPolicyVersionDto = { version: number; createdAt: string; note: string | null; createdBy: string | null; summary: string };

/** Every published loan policy version, newest first (the ADMIN's history). */
export async function listLoanPolicyVersions(): Promise<LoanPolicyVersionDto[]> {
  const rows = await db.loanPolicy.findMany({ orderBy: { version: "desc" }, take: 50 });
  const userIds = [...new Set(rows.map((r) => r.createdById).filter((id): id is string => !!id))];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } });
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  return rows.map((r) => {
    const rules = r.rules as unknown as LoanPolicyRules;
    return {
      version: r.version,
      createdAt: formatShanghaiDateTime(r.createdAt),
      note: r.note,
      createdBy: r.createdById ? (names.get(r.createdById) ?? null) : null,
      summary: `上限 ${displayYuan(rules.cityCap)}；首套 ${rules.rates.firstHome.upTo5Years}%/${rules.rates.firstHome.over5Years}%，二套 ${rules.rates.secondHome.upTo5Years}%/${rules.rates.secondHome.over5Years}%；成数 ${rules.ltvPercent.firstHome}%/${rules.ltvPercent.secondHome}%；余额 ${rules.balanceMultiple} 倍；月供≤收入 ${rules.maxPaymentToIncomePercent}%；期限 ${rules.minTermMonths}–${rules.maxTermMonths} 个月`,
    };
  });
}

/** The policy now in force (inserting version 1 = the defaults on an empty database). */
export async function getCurrentLoanPolicy(): Promise<CurrentPolicy> {
  return currentLoanPolicy(db);
}
