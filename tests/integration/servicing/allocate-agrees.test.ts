import { describe, expect, it } from "vitest";
import { dateColumn, fromDateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { money, sumMoney } from "@/lib/money";
import { DEFAULT_DEDUCTION_ORDER, allocatePayment, type DeductionBucket } from "@/lib/servicing/deduction-order";
import { allocateRepayments } from "@/lib/servicing/settle/allocate-repayments";
import { createBorrowers, createLoan } from "./fixtures";

/**
 * The SQL allocation (settle/allocate-repayments.ts) must agree with the pure rule `allocatePayment`
 * bucket by bucket, for any order and partial payments, and inside a bucket pay the oldest
 * installment first.
 */
const D = "2026-05-20";
const REVERSED = [...DEFAULT_DEDUCTION_ORDER].reverse();
const PRINCIPAL_FIRST: DeductionBucket[] = [
  "OVERDUE_PRINCIPAL",
  "OVERDUE_INTEREST",
  "CURRENT_PRINCIPAL",
  "CURRENT_INTEREST",
  "OVERDUE_PENALTY_INTEREST",
];
let vector = 0;
let borrowerId: string | undefined;

async function borrower(): Promise<string> {
  borrowerId ??= (await createBorrowers(1))[0]!.id;
  return borrowerId;
}

/** A loan on D: seqs 1–2 overdue (seq 2 with 500.00 principal paid), seq 3 due on D, penalty owed 10.34. */
async function loanWithArrears(borrowerId: string) {
  vector += 1;
  const loan = await createLoan(borrowerId, {
    loanNo: `A${String(vector).padStart(3, "0")}`,
    principal: "120000.00",
    annualRatePercent: "3.100",
    months: 24,
    firstDueDate: "2026-03-20",
  });
  await db.$executeRaw`UPDATE "LoanInstallment" SET "paidPrincipal" = 500 WHERE "loanId" = ${loan.id} AND seq = 2`;
  await db.$executeRaw`UPDATE "Loan" SET "penaltyPaid" = 2.00, "outstandingPrincipal" = "outstandingPrincipal" - 500 WHERE id = ${loan.id}`;
  for (const [day, amount] of [
    ["2026-04-21", "3.11"],
    ["2026-04-22", "4.12"],
    ["2026-04-23", "5.11"],
  ] as const) {
    await db.penaltyPosting.create({
      data: { loanId: loan.id, businessDate: dateColumn(day), base: "1000.00", ratePercent: "4.6500", amount },
    });
  }
  return loan;
}

async function owedBuckets(loanId: string): Promise<Record<DeductionBucket, string>> {
  const loan = await db.loan.findUniqueOrThrow({ where: { id: loanId }, include: { installments: true, penaltyPostings: true } });
  const due = (before: boolean) =>
    loan.installments.filter((i) => (before ? fromDateColumn(i.dueDate) < D : fromDateColumn(i.dueDate) === D));
  return {
    OVERDUE_PENALTY_INTEREST: sumMoney(loan.penaltyPostings.map((p) => p.amount))
      .minus(loan.penaltyPaid.toString())
      .toFixed(2),
    OVERDUE_INTEREST: sumMoney(due(true).map((i) => i.interest.minus(i.paidInterest))).toFixed(2),
    OVERDUE_PRINCIPAL: sumMoney(due(true).map((i) => i.principal.minus(i.paidPrincipal))).toFixed(2),
    CURRENT_INTEREST: sumMoney(due(false).map((i) => i.interest.minus(i.paidInterest))).toFixed(2),
    CURRENT_PRINCIPAL: sumMoney(due(false).map((i) => i.principal.minus(i.paidPrincipal))).toFixed(2),
  };
}

async function receive(loanId: string, amounts: string[]) {
  const ids = [];
  for (const [n, amount] of amounts.entries()) {
    const r = await db.repayment.create({
      data: {
        repaymentNo: `T${loanId}-${n}`,
        loanId,
        kind: "ONLINE",
        source: "ONLINE",
        businessDate: dateColumn(D),
        amount,
        idempotencyKey: `T:${loanId}:${n}`,
        createdAt: new Date(Date.UTC(2026, 4, 20, 2, n)),
      },
    });
    ids.push(r.id);
  }
  return ids;
}

const allocate = (opts: Parameters<typeof allocateRepayments>[1]) => db.$transaction((tx) => allocateRepayments(tx, opts));

const bucketsOf = (r: {
  penaltyInterest: Prisma.Decimal;
  overdueInterest: Prisma.Decimal;
  overduePrincipal: Prisma.Decimal;
  currentInterest: Prisma.Decimal;
  currentPrincipal: Prisma.Decimal;
}) => ({
  OVERDUE_PENALTY_INTEREST: r.penaltyInterest.toFixed(2),
  OVERDUE_INTEREST: r.overdueInterest.toFixed(2),
  OVERDUE_PRINCIPAL: r.overduePrincipal.toFixed(2),
  CURRENT_INTEREST: r.currentInterest.toFixed(2),
  CURRENT_PRINCIPAL: r.currentPrincipal.toFixed(2),
});

describe("allocateRepayments agrees with allocatePayment", () => {
  const cases: { name: string; order: readonly DeductionBucket[]; amounts: string[] }[] = [
    { name: "default order, a partial payment ending inside overdue interest", order: DEFAULT_DEDUCTION_ORDER, amounts: ["200.00"] },
    { name: "default order, a partial payment ending inside overdue principal", order: DEFAULT_DEDUCTION_ORDER, amounts: ["1200.00"] },
    { name: "default order, exactly everything due", order: DEFAULT_DEDUCTION_ORDER, amounts: ["ALL"] },
    { name: "reversed order, partial", order: REVERSED, amounts: ["4321.09"] },
    { name: "principal first, penalty last, two payments in one call", order: PRINCIPAL_FIRST, amounts: ["5000.00", "1777.77"] },
    { name: "one fen", order: DEFAULT_DEDUCTION_ORDER, amounts: ["0.01"] },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const loan = await loanWithArrears(await borrower());
      const owed = await owedBuckets(loan.id);
      const total = sumMoney(Object.values(owed)).toFixed(2);
      const amounts = c.amounts.map((a) => (a === "ALL" ? total : a));
      const before = await db.loan.findUniqueOrThrow({ where: { id: loan.id }, include: { installments: { orderBy: { seq: "asc" } } } });
      const ids = await receive(loan.id, amounts);

      const result = await allocate({ businessDate: D, where: Prisma.sql`r."loanId" = ${loan.id}`, order: c.order });
      expect(result.repayments).toBe(amounts.length);

      // Each repayment in turn, as the pure rule allocates it against what the previous one left.
      let left = owed;
      const applied: Record<DeductionBucket, string>[] = [];
      for (const [n, amount] of amounts.entries()) {
        const rule = allocatePayment({ amount, owed: left, order: c.order });
        expect(rule.unapplied).toBe("0.00");
        const row = await db.repayment.findUniqueOrThrow({ where: { id: ids[n]! } });
        expect(bucketsOf(row)).toEqual(rule.allocated);
        applied.push(rule.allocated);
        left = rule.remainingOwed;
      }
      expect(await owedBuckets(loan.id)).toEqual(left);

      // Inside a bucket the oldest installment is paid first; loan totals follow the buckets.
      const paid = (b: DeductionBucket) => sumMoney(applied.map((a) => a[b]));
      const after = await db.loan.findUniqueOrThrow({ where: { id: loan.id }, include: { installments: { orderBy: { seq: "asc" } } } });
      let overdueInterest = paid("OVERDUE_INTEREST");
      let overduePrincipal = paid("OVERDUE_PRINCIPAL");
      for (const [k, inst] of before.installments.entries()) {
        const now = after.installments[k]!;
        const isCurrent = fromDateColumn(inst.dueDate) === D;
        const isOverdue = fromDateColumn(inst.dueDate) < D;
        const interestOwed = inst.interest.minus(inst.paidInterest);
        const principalOwed = inst.principal.minus(inst.paidPrincipal);
        let interestTake = money(0);
        let principalTake = money(0);
        if (isOverdue) {
          interestTake = money(Prisma.Decimal.min(overdueInterest, interestOwed).toString());
          principalTake = money(Prisma.Decimal.min(overduePrincipal, principalOwed).toString());
          overdueInterest = overdueInterest.minus(interestTake);
          overduePrincipal = overduePrincipal.minus(principalTake);
        } else if (isCurrent) {
          interestTake = paid("CURRENT_INTEREST");
          principalTake = paid("CURRENT_PRINCIPAL");
        }
        expect([now.seq, now.paidInterest.toFixed(2), now.paidPrincipal.toFixed(2), now.paidAmount.toFixed(2)]).toEqual([
          inst.seq,
          inst.paidInterest.plus(interestTake.toString()).toFixed(2),
          inst.paidPrincipal.plus(principalTake.toString()).toFixed(2),
          inst.paidAmount.plus(interestTake.plus(principalTake).toString()).toFixed(2),
        ]);
        const settled = now.paidInterest.equals(now.interest) && now.paidPrincipal.equals(now.principal);
        expect(now.paidOn && fromDateColumn(now.paidOn)).toBe(settled ? D : null);
      }
      expect(after.penaltyPaid.toFixed(2)).toBe(before.penaltyPaid.plus(paid("OVERDUE_PENALTY_INTEREST").toString()).toFixed(2));
      expect(after.outstandingPrincipal.toFixed(2)).toBe(
        before.outstandingPrincipal.minus(paid("OVERDUE_PRINCIPAL").plus(paid("CURRENT_PRINCIPAL")).toString()).toFixed(2),
      );

      // Allocated rows are not chosen again: a second call writes nothing.
      expect(await allocate({ businessDate: D, where: Prisma.sql`r."loanId" = ${loan.id}`, order: c.order })).toEqual({ repayments: 0 });
    });
  }

  it("refuses to leave part of a payment unapplied, writing nothing, and spreads only amount − prepaid parts", async () => {
    const loan = await loanWithArrears(await borrower());
    const owed = await owedBuckets(loan.id);
    const total = sumMoney(Object.values(owed));
    const [tooMuch] = await receive(loan.id, [total.plus("0.01").toFixed(2)]);
    const where = Prisma.sql`r.id = ${tooMuch!}`;
    await expect(allocate({ businessDate: D, where, order: DEFAULT_DEDUCTION_ORDER })).rejects.toMatchObject({
      code: "REPAYMENT_EXCEEDS_DUE",
      details: { loanId: loan.id, excess: "0.01" },
    });
    expect(await owedBuckets(loan.id)).toEqual(owed);
    expect(bucketsOf(await db.repayment.findUniqueOrThrow({ where: { id: tooMuch! } }))).toEqual(
      allocatePayment({ amount: "0", owed }).allocated,
    );

    // A payoff-style row: 1,000.00 prepaid principal and 12.00 accrued interest are the caller's.
    await db.repayment.update({ where: { id: tooMuch! }, data: { prepaidPrincipal: "1000.00", accruedInterest: "12.00" } });
    await allocate({ businessDate: D, where, order: DEFAULT_DEDUCTION_ORDER });
    const rule = allocatePayment({ amount: total.plus("0.01").minus("1012.00").toFixed(2), owed });
    expect(bucketsOf(await db.repayment.findUniqueOrThrow({ where: { id: tooMuch! } }))).toEqual(rule.allocated);
  });

  it("refuses an order that is not a permutation of the five buckets", async () => {
    await expect(allocate({ businessDate: D, where: Prisma.sql`TRUE`, order: ["OVERDUE_INTEREST"] as never })).rejects.toMatchObject({
      code: "INVALID_DEDUCTION_ORDER",
    });
  });
});
