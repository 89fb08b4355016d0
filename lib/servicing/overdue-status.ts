import type Decimal from "decimal.js";
import { daysOverdue, parseIsoDate } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import { Money, formatYuan, money, type MoneyInput } from "@/lib/money";

/**
 * A loan's overdue position on a business date, from its installments. Rules:
 * - an installment is overdue when its due date is before the business date (the due date itself
 *   is the deduction day, 一天一销号) and any of its principal or interest is unpaid;
 * - overduePeriods counts overdue installments; consecutiveOverduePeriods is the longest run of
 *   overdue installments with consecutive seq (连续逾期期数);
 * - aging bucket by overdue periods: "1", "2-5", "6+", or null when none;
 * - status: PAID_OFF when every installment is fully paid, OVERDUE when any is overdue, else ACTIVE;
 * - daysOverdue counts from the oldest overdue due date (exclusive) to the business date (inclusive).
 * Penalty interest is not an installment amount: it lives in its own ledger (penalty-interest.ts).
 * Errors: INVALID_AMOUNT (negative amounts, or paid more than owed).
 */
export type InstallmentPosition = {
  seq: number;
  dueDate: string;
  principal: MoneyInput;
  interest: MoneyInput;
  paidPrincipal: MoneyInput;
  paidInterest: MoneyInput;
};

export type AgingBucket = "1" | "2-5" | "6+";
export type ServicingLoanStatus = "ACTIVE" | "OVERDUE" | "PAID_OFF";

export type OverdueStatus = {
  status: ServicingLoanStatus;
  overduePeriods: number;
  consecutiveOverduePeriods: number;
  overduePrincipal: string;
  overdueInterest: string;
  /** Unpaid principal of every installment, due or not: the loan's principal balance. */
  outstandingPrincipal: string;
  oldestOverdueDueDate: string | null;
  daysOverdue: number;
  agingBucket: AgingBucket | null;
};

export function agingBucket(overduePeriods: number): AgingBucket | null {
  if (overduePeriods <= 0) return null;
  if (overduePeriods === 1) return "1";
  return overduePeriods <= 5 ? "2-5" : "6+";
}

function unpaid(owed: MoneyInput, paid: MoneyInput, seq: number): Decimal {
  const o = money(owed);
  const p = money(paid);
  if (o.isNegative() || p.isNegative() || p.gt(o)) throw new DomainError("INVALID_AMOUNT", { details: { seq } });
  return o.minus(p);
}

export function overdueStatus(installments: readonly InstallmentPosition[], businessDate: string): OverdueStatus {
  parseIsoDate(businessDate);
  const sorted = [...installments].sort((a, b) => a.seq - b.seq);
  let overduePrincipal: Decimal = new Money(0);
  let overdueInterest: Decimal = new Money(0);
  let outstanding: Decimal = new Money(0);
  let allPaid = sorted.length > 0;
  let overduePeriods = 0;
  let longestRun = 0;
  let run = 0;
  let previousSeq: number | null = null;
  let oldest: string | null = null;

  for (const i of sorted) {
    const principalLeft = unpaid(i.principal, i.paidPrincipal, i.seq);
    const interestLeft = unpaid(i.interest, i.paidInterest, i.seq);
    outstanding = outstanding.plus(principalLeft);
    const open = !principalLeft.isZero() || !interestLeft.isZero();
    if (open) allPaid = false;
    if (open && i.dueDate < businessDate) {
      overduePeriods++;
      overduePrincipal = overduePrincipal.plus(principalLeft);
      overdueInterest = overdueInterest.plus(interestLeft);
      if (oldest === null || i.dueDate < oldest) oldest = i.dueDate;
      run = previousSeq !== null && i.seq === previousSeq + 1 && run > 0 ? run + 1 : 1;
      longestRun = Math.max(longestRun, run);
    } else {
      run = 0;
    }
    previousSeq = i.seq;
  }

  return {
    status: allPaid ? "PAID_OFF" : overduePeriods > 0 ? "OVERDUE" : "ACTIVE",
    overduePeriods,
    consecutiveOverduePeriods: longestRun,
    overduePrincipal: formatYuan(overduePrincipal),
    overdueInterest: formatYuan(overdueInterest),
    outstandingPrincipal: formatYuan(outstanding),
    oldestOverdueDueDate: oldest,
    daysOverdue: oldest === null ? 0 : daysOverdue(oldest, businessDate),
    agingBucket: agingBucket(overduePeriods),
  };
}
