import { describe, expect, it } from "vitest";
import { dateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sumMoney } from "@/lib/money";
import { DEFAULT_DEDUCTION_ORDER } from "@/lib/servicing/deduction-order";
import { runDailyBatch } from "@/lib/servicing/run-daily-batch";
import { allocateRepayments } from "@/lib/servicing/settle/allocate-repayments";
import { refreshLoans } from "@/lib/servicing/settle/refresh-loans";
import { createBorrowers, createLoan, createOfficers } from "./fixtures";

/** What an online repayment does (A2's use case): receive, allocate, refresh — in one transaction. */
async function repayOnline(loanId: string, businessDate: string, amount: string, actorId: string | null = null) {
  return db.$transaction(async (tx) => {
    const r = await tx.repayment.create({
      data: {
        repaymentNo: `HK-${loanId}-${businessDate}`,
        loanId,
        kind: "ONLINE",
        source: "ONLINE",
        businessDate: dateColumn(businessDate),
        amount,
        idempotencyKey: `web:${loanId}:${businessDate}`,
      },
    });
    await allocateRepayments(tx, { businessDate, where: Prisma.sql`r.id = ${r.id}`, order: DEFAULT_DEDUCTION_ORDER });
    return refreshLoans(tx, { businessDate, loanIds: [loanId], actorId });
  });
}

async function amountDue(loanId: string, businessDate: string) {
  const loan = await db.loan.findUniqueOrThrow({ where: { id: loanId }, include: { installments: true, penaltyPostings: true } });
  const installments = loan.installments
    .filter((i) => i.dueDate <= dateColumn(businessDate))
    .map((i) => i.principal.plus(i.interest).minus(i.paidPrincipal).minus(i.paidInterest));
  return sumMoney([...installments, ...loan.penaltyPostings.map((p) => p.amount)])
    .minus(loan.penaltyPaid.toString())
    .toFixed(2);
}

describe("refreshLoans after an online repayment", () => {
  it("settles the loan at once — status, installments, collection case closed — and touches no other loan", async () => {
    await createOfficers(["risk01"]);
    const [borrower] = await createBorrowers(1);
    const spec = { principal: "100000.00", annualRatePercent: "3.100", months: 120, firstDueDate: "2026-03-10" };
    const mine = await createLoan(borrower!.id, { ...spec, loanNo: "R001", paid: { 1: "FULL" } });
    const other = await createLoan(borrower!.id, { ...spec, loanNo: "R002", paid: { 1: "FULL" } });
    await runDailyBatch({ businessDate: "2026-04-11" });
    expect(await db.collectionCase.count({ where: { status: "OPEN" } })).toBe(2);

    const counts = await repayOnline(mine.id, "2026-04-12", await amountDue(mine.id, "2026-04-12"));
    expect(counts).toMatchObject({ installmentsMarkedPaid: 0, loansUpdated: 1, casesClosed: 1, casesOpened: 0, loansPaidOff: 0 });
    const loan = await db.loan.findUniqueOrThrow({ where: { id: mine.id }, include: { installments: { where: { seq: 2 } } } });
    expect([loan.status, loan.overduePeriods, loan.installments[0]!.status]).toEqual(["ACTIVE", 0, "PAID"]);
    const closed = await db.collectionCase.findFirstOrThrow({ where: { loanId: mine.id } });
    expect([closed.status, closed.openKey, closed.closedOn]).toEqual(["CLOSED", null, dateColumn("2026-04-12")]);
    expect(await db.loan.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ status: "OVERDUE", overduePeriods: 1 });
    expect(await db.collectionCase.findFirstOrThrow({ where: { loanId: other.id } })).toMatchObject({ status: "OPEN" });
  });

  it("pays off a loan once everything is repaid, releasing its mortgage under the repaying user's name", async () => {
    const [borrower] = await db.depositor.findMany({ take: 1 });
    const user = await db.user.findFirstOrThrow({ where: { roles: { has: "ADMIN" } } });
    const loan = await createLoan(borrower!.id, {
      loanNo: "R003",
      principal: "3000.00",
      annualRatePercent: "3.100",
      months: 2,
      firstDueDate: "2026-04-10",
      paid: { 1: "FULL" },
      mortgageNo: "苏(2026)南京市不动产证明第0000007号",
    });
    const counts = await repayOnline(loan.id, "2026-05-10", await amountDue(loan.id, "2026-05-10"), user.id);
    expect(counts).toMatchObject({ loansPaidOff: 1, mortgagesReleased: 1 });
    expect(await db.loan.findUniqueOrThrow({ where: { id: loan.id } })).toMatchObject({ status: "PAID_OFF", overduePeriods: 0 });
    expect(await db.mortgage.findUniqueOrThrow({ where: { loanId: loan.id } })).toMatchObject({
      status: "RELEASED",
      releaseNo: "苏(2026)南京市不动产证明第0000008号",
    });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "MORTGAGE_RELEASED" } });
    expect([audit.actorId, audit.actorLabel]).toEqual([user.id, null]);
    // Refreshing again changes nothing.
    expect(await db.$transaction((tx) => refreshLoans(tx, { businessDate: "2026-05-10", loanIds: [loan.id] }))).toEqual({
      installmentsMarkedOverdue: 0,
      installmentsMarkedPaid: 0,
      loansUpdated: 0,
      loansPaidOff: 0,
      mortgagesReleased: 0,
      casesOpened: 0,
      casesClosed: 0,
    });
  });
});
