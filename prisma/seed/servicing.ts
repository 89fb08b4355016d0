import type Decimal from "decimal.js";
import { Money, money } from "../../lib/money";
import { addDays, stamp } from "./clock";
import type { SeedContext } from "./context";
import type { Fund } from "./fund";
import { IdSequence } from "./ids";
import type { LoanPlan } from "./loans";
import type { Staff } from "./staff";

/** The seed runs the daily batch for each of the last BATCH_DAYS dates before its as-of date. */
export const BATCH_DAYS = 60;

const BANKS = [
  "中国工商银行南京分行",
  "中国建设银行南京分行",
  "中国农业银行南京分行",
  "中国银行江苏省分行",
  "交通银行江苏省分行",
  "南京银行",
] as const;

type Funding = "FUNDED" | "SHORT" | "EMPTY" | "NONE";
type InstallmentRow = SeedContext["rows"]["installments"][number];

/**
 * Repayment sources for loans in repayment, and their state wound back to the first batch date so
 * the seeded batch runs (batches.ts) bring them forward day by day:
 * - ACTIVE loans (most): a repayment card with a few payments on it; about half, when the
 *   borrower's NORMAL fund account holds 4+ payments, also an active deduction authorization
 *   (委托扣划); a few have an empty card (EMPTY) or half a payment on it (SHORT), so they fall
 *   overdue during the window. Their installments due in the window are unpaid until the batch
 *   collects them.
 * - OVERDUE loans (张伟's among them): an empty card (a few none) and no authorization, so they stay
 *   overdue and get collection cases; their arrears were seeded already.
 * Then every serviced loan's installment statuses, overdue periods, status and principal balance
 * are set as of the first batch date. A stream of its own ("servicing"), so the other seeded
 * values stay as they were.
 */
export function planServicing(ctx: SeedContext, fund: Fund, staff: Staff, plans: LoanPlan[]): void {
  const rng = ctx.rng("servicing");
  const first = addDays(ctx.asOf, -BATCH_DAYS);
  const last = addDays(ctx.asOf, -1);
  for (let d = first; d <= last; d = addDays(d, 1)) ctx.rows.batchDates.push(d);

  const loans = new Map(ctx.rows.loans.map((l) => [l.id!, l]));
  const schedules = new Map<string, InstallmentRow[]>();
  for (const i of ctx.rows.installments) {
    let list = schedules.get(i.loanId);
    if (!list) schedules.set(i.loanId, (list = []));
    list.push(i);
  }
  const accounts = new Map(fund.depositors.map((d) => [d.id, d.account]));
  const cards = new Set<string>();
  const authIds = new IdSequence("dauth");

  for (const plan of plans) {
    if (plan.status !== "ACTIVE" && plan.status !== "OVERDUE") continue;
    const loan = loans.get(plan.loanId)!;
    const installments = schedules.get(plan.loanId)!;
    const payment = money(installments[0]!.payment as string);
    const roll = rng.next();
    const funding: Funding = plan.status === "OVERDUE" ? "NONE" : roll < 0.03 ? "EMPTY" : roll < 0.05 ? "SHORT" : "FUNDED";
    const account = accounts.get(plan.borrower.id)!;
    const authorize = funding === "FUNDED" && account.status === "NORMAL" && account.balance.gte(payment.times(4)) && rng.chance(0.55);

    const hasCard = plan.status === "ACTIVE" || plan.borrower.demo !== null || rng.chance(0.85);
    if (hasCard) {
      let cardNo = `62${rng.digits(17)}`;
      while (cards.has(cardNo)) cardNo = `62${rng.digits(17)}`;
      cards.add(cardNo);
      const balance: Decimal =
        funding === "FUNDED"
          ? payment.times(authorize ? rng.int(0, 2) : rng.int(3, 6)).plus(rng.int(0, 999))
          : funding === "SHORT"
            ? payment.dividedBy(2).toDecimalPlaces(2)
            : new Money(0);
      loan.repayBankName = rng.pick(BANKS);
      loan.repayBankAccount = cardNo;
      ctx.rows.simulatedBankAccounts.push({
        accountNo: cardNo,
        holderName: plan.borrower.name,
        balance: balance.toFixed(2),
        updatedAt: stamp(first, 0),
      });
    }
    if (authorize) {
      const signedOn = (loan.disbursedAt as Date).toISOString().slice(0, 10);
      ctx.rows.deductionAuthorizations.push({
        id: authIds.take(),
        loanId: plan.loanId,
        accountId: account.id,
        activeKey: plan.loanId,
        signedAt: stamp(signedOn, 11),
        signedById: staff.tellers[rng.int(0, staff.tellers.length - 1)]!.id,
        revokedAt: null,
        revokedById: null,
      });
    }
    if (plan.status === "ACTIVE") {
      for (const i of installments) {
        const due = (i.dueDate as Date).toISOString().slice(0, 10);
        if (due >= first && due <= last)
          Object.assign(i, { status: "PENDING", paidAmount: "0.00", paidPrincipal: "0.00", paidInterest: "0.00", paidOn: null });
      }
    }
    windBack(loan, installments, first);
  }
}

/** Installment statuses, overdue periods, status and principal balance as the batch sees them on `first`. */
function windBack(loan: SeedContext["rows"]["loans"][number], installments: InstallmentRow[], first: string): void {
  let outstanding: Decimal = new Money(0);
  let periods = 0;
  let run = 0;
  let longest = 0;
  for (const i of installments) {
    const unpaid = money(i.principal as string).minus(i.paidPrincipal as string);
    outstanding = outstanding.plus(unpaid);
    const overdue = !unpaid.isZero() && (i.dueDate as Date).toISOString().slice(0, 10) < first;
    i.status = unpaid.isZero() ? "PAID" : overdue ? "OVERDUE" : "PENDING";
    run = overdue ? run + 1 : 0;
    if (overdue) periods++;
    longest = Math.max(longest, run);
  }
  loan.status = periods > 0 ? "OVERDUE" : "ACTIVE";
  loan.overduePeriods = periods;
  loan.consecutiveOverduePeriods = longest;
  loan.outstandingPrincipal = outstanding.toFixed(2);
}
