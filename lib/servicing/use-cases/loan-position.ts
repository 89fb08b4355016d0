import type Decimal from "decimal.js";
import { Money, formatYuan, money, type MoneyInput } from "@/lib/money";
import { overdueStatus } from "@/lib/servicing/overdue-status";

/**
 * What a borrower owes on a business date D, from the loan's installments and penalty ledger — the
 * figures the repayment screen, the online repayment limit and the prepayment checks share:
 * - overdue: installments due before D with anything unpaid (lib/servicing/overdue-status.ts);
 * - penalty owed = penalty interest posted − penalty paid;
 * - next: the first installment, by seq, that is not overdue and not fully paid (due on D or
 *   later) — the borrower's next due date and amount;
 * - due now = penalty + overdue interest + overdue principal + what is unpaid of the installment
 *   due on D itself. It is exactly what the shared settlement (lib/servicing/settle/
 *   allocate-repayments.ts) can spread: installments not yet due are never paid ahead by a
 *   repayment — paying principal early is a prepayment, which rebuilds the schedule.
 */
export type PositionInstallment = {
  seq: number;
  dueDate: string;
  principal: MoneyInput;
  interest: MoneyInput;
  paidPrincipal: MoneyInput;
  paidInterest: MoneyInput;
};

export type NextInstallment = {
  seq: number;
  dueDate: string;
  principalLeft: string;
  interestLeft: string;
  amountLeft: string;
  partlyPaid: boolean;
};

export type LoanPosition = {
  businessDate: string;
  penaltyOwed: string;
  overduePrincipal: string;
  overdueInterest: string;
  overduePeriods: number;
  /** Penalty + overdue interest + overdue principal. */
  arrears: string;
  next: NextInstallment | null;
  /** What is unpaid of the installment due on D (0.00 when none falls due on D). */
  dueToday: string;
  /** Arrears + dueToday: the most an online repayment takes. */
  dueNow: string;
  outstandingPrincipal: string;
};

function left(owed: MoneyInput, paid: MoneyInput): Decimal {
  return money(owed).minus(money(paid));
}

/** Penalty interest still owed: posted − paid, never below zero. penaltyOwedSql is its SQL twin. */
export function penaltyOwed(posted: MoneyInput, paid: MoneyInput): Decimal {
  return Money.max(left(posted, paid), 0);
}

export function loanPosition(input: {
  installments: readonly PositionInstallment[];
  penaltyPosted: MoneyInput;
  penaltyPaid: MoneyInput;
  businessDate: string;
}): LoanPosition {
  const { businessDate } = input;
  const status = overdueStatus(input.installments, businessDate);
  const owedPenalty = penaltyOwed(input.penaltyPosted, input.penaltyPaid);
  const sorted = [...input.installments].sort((a, b) => a.seq - b.seq);
  const nextRow = sorted.find(
    (i) => i.dueDate >= businessDate && !left(i.principal, i.paidPrincipal).plus(left(i.interest, i.paidInterest)).isZero(),
  );
  let next: NextInstallment | null = null;
  if (nextRow) {
    const principalLeft = left(nextRow.principal, nextRow.paidPrincipal);
    const interestLeft = left(nextRow.interest, nextRow.paidInterest);
    next = {
      seq: nextRow.seq,
      dueDate: nextRow.dueDate,
      principalLeft: formatYuan(principalLeft),
      interestLeft: formatYuan(interestLeft),
      amountLeft: formatYuan(principalLeft.plus(interestLeft)),
      partlyPaid: !money(nextRow.paidPrincipal).isZero() || !money(nextRow.paidInterest).isZero(),
    };
  }
  const arrears = owedPenalty.plus(status.overdueInterest).plus(status.overduePrincipal);
  const dueToday = next && next.dueDate === businessDate ? next.amountLeft : "0.00";
  return {
    businessDate,
    penaltyOwed: formatYuan(owedPenalty),
    overduePrincipal: status.overduePrincipal,
    overdueInterest: status.overdueInterest,
    overduePeriods: status.overduePeriods,
    arrears: formatYuan(arrears),
    next,
    dueToday: formatYuan(dueToday),
    dueNow: formatYuan(arrears.plus(dueToday)),
    outstandingPrincipal: status.outstandingPrincipal,
  };
}
