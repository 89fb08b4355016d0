import { dateColumn, fromDateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { insertInstallments } from "@/lib/loans/insert-installments";
import { buildSchedule } from "@/lib/loans/schedule";
import { createAccountHolder, createEmployer, createUser } from "../accounts/fund-fixtures";

/**
 * Servicing fixtures: disbursed loans inserted directly (the case flow is tested elsewhere), with
 * their schedule from buildSchedule and paid amounts set per installment.
 */
let unitSeq = 0;

export type LoanSpec = {
  loanNo: string;
  principal: string;
  annualRatePercent: string;
  months: number;
  firstDueDate: string;
  /** seq → "FULL" or the principal left unpaid ("100.00"); unlisted seqs are unpaid. */
  paid?: Record<number, "FULL" | string>;
};

export async function createOfficers(names: string[]) {
  const officers = [];
  for (const loginName of names) {
    officers.push(await db.user.create({ data: { loginName, displayName: loginName, passwordHash: "x", roles: ["RISK_OFFICER"] } }));
  }
  return officers;
}

export async function createBorrowers(count: number) {
  const employer = await createEmployer();
  const borrowers = [];
  for (let n = 0; n < count; n++) borrowers.push((await createAccountHolder(employer.id)).depositor);
  await createUser(["ADMIN"]);
  return borrowers;
}

export async function createLoan(borrowerId: string, spec: LoanSpec) {
  unitSeq += 1;
  const unit = await db.propertyUnit.create({
    data: { unitNo: `SERV${spec.loanNo}-${unitSeq}`, district: "玄武区", address: `测试路${unitSeq}号`, buildingArea: "90.00", usage: "住宅", floor: 1, totalFloors: 6, builtYear: 2010 },
  });
  const loan = await db.loan.create({
    data: {
      loanNo: spec.loanNo,
      borrowerId,
      unitId: unit.id,
      purchasePrice: "1000000.00",
      isFirstHome: true,
      principal: spec.principal,
      annualRatePercent: spec.annualRatePercent,
      termMonths: spec.months,
      method: "EQUAL_INSTALLMENT",
      status: "ACTIVE",
      outstandingPrincipal: spec.principal,
      disbursedAt: new Date(`${spec.firstDueDate}T02:00:00Z`),
      firstDueDate: dateColumn(spec.firstDueDate),
    },
  });
  const schedule = buildSchedule({ principal: spec.principal, annualRatePercent: spec.annualRatePercent, months: spec.months, method: "EQUAL_INSTALLMENT", firstDueDate: spec.firstDueDate });
  await db.$transaction((tx) => insertInstallments(tx, loan.id, schedule.installments));
  for (const [seq, how] of Object.entries(spec.paid ?? {})) await payInstallment(loan.id, Number(seq), how);
  return loan;
}

/** Sets an installment's paid amounts: in full, or leaving `how` yuan of principal unpaid. */
export async function payInstallment(loanId: string, seq: number, how: "FULL" | string = "FULL") {
  const left = how === "FULL" ? "0" : how;
  await db.$executeRaw`
    UPDATE "LoanInstallment" SET "paidPrincipal" = principal - ${left}::numeric, "paidInterest" = interest
     WHERE "loanId" = ${loanId} AND seq = ${seq}`;
}

/** Everything the batch writes, keyed by business identifiers (loanNo, seq, loginName), no ids or clocks. */
export async function batchSnapshot() {
  const loans = await db.loan.findMany({
    orderBy: { loanNo: "asc" },
    select: { loanNo: true, status: true, overduePeriods: true, consecutiveOverduePeriods: true, version: true },
  });
  const installments = await db.loanInstallment.findMany({
    orderBy: [{ loan: { loanNo: "asc" } }, { seq: "asc" }],
    select: { loan: { select: { loanNo: true } }, seq: true, status: true, paidPrincipal: true, paidInterest: true },
  });
  const penalties = await db.penaltyPosting.findMany({
    orderBy: [{ loan: { loanNo: "asc" } }, { businessDate: "asc" }],
    select: { loan: { select: { loanNo: true } }, businessDate: true, base: true, ratePercent: true, amount: true },
  });
  const cases = await db.collectionCase.findMany({
    orderBy: [{ loan: { loanNo: "asc" } }, { openedOn: "asc" }],
    select: { loan: { select: { loanNo: true } }, status: true, openKey: true, openedOn: true, closedOn: true, overduePeriodsAtOpen: true, collector: { select: { loginName: true } } },
  });
  const runs = await db.batchRun.findMany({ orderBy: { businessDate: "asc" }, select: { businessDate: true, status: true, step: true, counts: true } });
  const audits = await db.auditEntry.findMany({ where: { entityType: "BatchRun" }, orderBy: { id: "asc" }, select: { actorLabel: true, action: true, entityId: true, detail: true } });
  return JSON.parse(
    JSON.stringify({
      loans,
      installments: installments.map((i) => ({ ...i, loan: i.loan.loanNo, paidPrincipal: i.paidPrincipal.toFixed(2), paidInterest: i.paidInterest.toFixed(2) })),
      penalties: penalties.map((p) => ({ loan: p.loan.loanNo, date: fromDateColumn(p.businessDate), base: p.base.toFixed(2), rate: p.ratePercent.toFixed(4), amount: p.amount.toFixed(2) })),
      cases: cases.map((c) => ({ ...c, loan: c.loan.loanNo, openKey: c.openKey !== null, openedOn: fromDateColumn(c.openedOn), closedOn: c.closedOn && fromDateColumn(c.closedOn), collector: c.collector?.loginName ?? null })),
      runs: runs.map((r) => ({ ...r, businessDate: fromDateColumn(r.businessDate) })),
      audits,
    }),
  ) as unknown;
}

/** Removes every loan and what the batch wrote, to replay a scenario on an identical copy. */
export async function clearLoans() {
  await db.$executeRaw`DELETE FROM "CollectionCase"`;
  await db.$executeRaw`DELETE FROM "PenaltyPosting"`;
  await db.$executeRaw`DELETE FROM "BatchRun"`;
  await db.$executeRaw`DELETE FROM "AuditEntry" WHERE "entityType" = 'BatchRun'`;
  await db.$executeRaw`DELETE FROM "LoanInstallment"`;
  await db.$executeRaw`DELETE FROM "Loan"`;
}

/** A small portfolio on business date 2026-05-20 (installments due on the 15th, or on D itself). */
export const BUSINESS_DATE = "2026-05-20";

export async function seedPortfolio(borrowerIds: string[]) {
  const specs: LoanSpec[] = [
    // seqs 3, 4, 5 overdue: 3 periods, 3 in a row.
    { loanNo: "L001", principal: "120000.00", annualRatePercent: "3.100", months: 12, firstDueDate: "2026-01-15", paid: { 1: "FULL", 2: "FULL" } },
    // seq 2 overdue in full, seq 4 with 100.00 principal left: 2 periods, longest run 1.
    { loanNo: "L002", principal: "300000.00", annualRatePercent: "2.850", months: 24, firstDueDate: "2026-01-15", paid: { 1: "FULL", 3: "FULL", 4: "100.00", 5: "FULL" } },
    // Everything due is paid: stays ACTIVE, seqs 1–4 become PAID.
    { loanNo: "L003", principal: "80000.00", annualRatePercent: "2.600", months: 12, firstDueDate: "2026-02-15", paid: { 1: "FULL", 2: "FULL", 3: "FULL", 4: "FULL" } },
    // First due on D itself: not overdue yet (一天一销号: the due date is the deduction day).
    { loanNo: "L004", principal: "50000.00", annualRatePercent: "3.250", months: 12, firstDueDate: BUSINESS_DATE },
    // One unpaid period.
    { loanNo: "L005", principal: "450000.00", annualRatePercent: "3.100", months: 360, firstDueDate: "2026-05-15" },
  ];
  const loans = [];
  for (const [n, spec] of specs.entries()) loans.push(await createLoan(borrowerIds[n % borrowerIds.length]!, spec));
  return loans;
}
