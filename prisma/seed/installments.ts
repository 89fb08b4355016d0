import type Decimal from "decimal.js";
import { buildSchedule } from "../../lib/loans/schedule";
import { money } from "../../lib/money";
import { dateValue } from "./clock";
import type { SeedContext } from "./context";
import type { IdSequence } from "./ids";

export type Repayment = { outstanding: Decimal; overduePeriods: number; lastDue: string };

/**
 * A disbursed loan's equal-installment schedule (lib/loans/schedule, the app's own rules) as of the
 * seed date: installments due before `cutoff` are PAID on their due date, except the `overdue` most
 * recent ones, which are OVERDUE and unpaid; later ones are PENDING. servicing.ts then winds loans
 * in repayment back to the first batch date, and the seeded batch runs bring them forward.
 */
export function postInstallments(
  ctx: SeedContext,
  ids: IdSequence,
  loan: {
    loanId: string;
    principal: Decimal;
    annualRatePercent: string;
    termMonths: number;
    firstDueDate: string;
    overdue: number;
    cutoff: string;
  },
): Repayment {
  const schedule = buildSchedule({
    principal: loan.principal.toFixed(2),
    annualRatePercent: loan.annualRatePercent,
    months: loan.termMonths,
    method: "EQUAL_INSTALLMENT",
    firstDueDate: loan.firstDueDate,
  });
  const pastCount = schedule.installments.filter((i) => i.dueDate < loan.cutoff).length;
  const overduePeriods = Math.min(pastCount, loan.overdue);
  let outstanding = loan.principal;
  for (const i of schedule.installments) {
    const status = i.seq > pastCount ? "PENDING" : i.seq > pastCount - overduePeriods ? "OVERDUE" : "PAID";
    if (status === "PAID") outstanding = money(i.balanceAfter);
    ctx.rows.installments.push({
      id: ids.take(),
      loanId: loan.loanId,
      seq: i.seq,
      dueDate: dateValue(i.dueDate),
      payment: i.payment,
      principal: i.principal,
      interest: i.interest,
      balanceAfter: i.balanceAfter,
      status,
      paidAmount: status === "PAID" ? i.payment : "0.00",
      paidPrincipal: status === "PAID" ? i.principal : "0.00",
      paidInterest: status === "PAID" ? i.interest : "0.00",
      paidOn: status === "PAID" ? dateValue(i.dueDate) : null,
    });
  }
  return { outstanding, overduePeriods, lastDue: schedule.installments[schedule.installments.length - 1]!.dueDate };
}
