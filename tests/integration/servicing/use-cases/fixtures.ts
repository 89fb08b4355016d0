import { dateColumn, fromDateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { buildResidentId } from "@/lib/identity/resident-id";
import { insertInstallments } from "@/lib/loans/insert-installments";
import { buildSchedule, type DueDateOf, type RepaymentMethod } from "@/lib/loans/schedule";
import { money, sumMoney } from "@/lib/money";
import type { CitizenActor } from "@/lib/servicing/use-cases/citizen-loan";

/**
 * Citizens with accounts and user logins, and disbursed loans inserted directly (the loan case flow
 * is tested elsewhere): schedule from buildSchedule, chosen installments paid in full, outstanding
 * principal consistent with them, and a registered mortgage so a payoff has something to release.
 */
let seq = 500;

export async function createEmployer() {
  seq += 1;
  const center = await db.fundCenter.create({ data: { code: `SU${seq}`, name: "测试公积金中心", city: "南京" } });
  return db.employer.create({
    data: {
      centerId: center.id,
      creditCode: `91320100SU${String(seq).padStart(6, "0")}X`.slice(0, 18),
      name: "测试单位",
      address: "测试路1号",
      contactPhone: "025-00000000",
    },
  });
}

export async function createCitizen(employerId: string, opts: { name: string; balance?: string; married?: boolean } = { name: "市民" }) {
  seq += 1;
  const depositor = await db.depositor.create({
    data: {
      idNumber: buildResidentId("320102", "1988-03-04", seq),
      name: opts.name,
      gender: seq % 2 ? "MALE" : "FEMALE",
      birthDate: dateColumn("1988-03-04"),
      phone: "13900000000",
      maritalStatus: opts.married ? "MARRIED" : "SINGLE",
      employerId,
      monthlyIncome: "10000.00",
    },
  });
  const account = await db.depositAccount.create({
    data: {
      accountNo: `SU${String(seq).padStart(8, "0")}`,
      depositorId: depositor.id,
      employerId,
      balance: opts.balance ?? "50000.00",
      contributionBase: "10000.00",
      employerRatePercent: "12.00",
      personalRatePercent: "12.00",
      openedOn: dateColumn("2015-01-01"),
    },
  });
  const user = await db.user.create({
    data: { loginName: depositor.idNumber, displayName: opts.name, passwordHash: "x", roles: ["CITIZEN"], depositorId: depositor.id },
  });
  const actor: CitizenActor = { userId: user.id, depositorId: depositor.id };
  return { depositor, account, user, actor };
}

export async function createOfficer(loginName = "risk01") {
  return db.user.create({ data: { loginName, displayName: loginName, passwordHash: "x", roles: ["RISK_OFFICER"] } });
}

export type LoanSpec = {
  loanNo: string;
  principal: string;
  annualRatePercent: string;
  months: number;
  firstDueDate: string;
  disbursedOn: string;
  method?: RepaymentMethod;
  isFirstHome?: boolean;
  coBorrowerId?: string;
  /** Installments paid in full. */
  paidSeqs?: number[];
  /** The loan policy version it was assessed under, and that version's due-date rule for its schedule. */
  policyVersion?: number;
  dueDateOf?: DueDateOf;
};

export async function createLoan(borrowerId: string, spec: LoanSpec) {
  seq += 1;
  const method = spec.method ?? "EQUAL_INSTALLMENT";
  const unit = await db.propertyUnit.create({
    data: {
      unitNo: `SU-${spec.loanNo}-${seq}`,
      district: "鼓楼区",
      address: `测试大街${seq}号`,
      buildingArea: "89.00",
      usage: "住宅",
      floor: 3,
      totalFloors: 18,
      builtYear: 2015,
    },
  });
  const certificate = await db.realEstateCertificate.create({
    data: { certNo: `SUCERT${seq}`, unitId: unit.id, issuedOn: dateColumn("2020-01-01"), purchasePrice: "1500000.00" },
  });
  const schedule = buildSchedule({
    principal: spec.principal,
    annualRatePercent: spec.annualRatePercent,
    months: spec.months,
    method,
    firstDueDate: spec.firstDueDate,
    dueDateOf: spec.dueDateOf,
  });
  const paid = new Set(spec.paidSeqs ?? []);
  const paidPrincipal = sumMoney(schedule.installments.filter((i) => paid.has(i.seq)).map((i) => i.principal));
  const loan = await db.loan.create({
    data: {
      loanNo: spec.loanNo,
      borrowerId,
      coBorrowerId: spec.coBorrowerId ?? null,
      unitId: unit.id,
      purchasePrice: "1500000.00",
      isFirstHome: spec.isFirstHome ?? true,
      principal: spec.principal,
      annualRatePercent: spec.annualRatePercent,
      termMonths: spec.months,
      method,
      status: "ACTIVE",
      outstandingPrincipal: money(spec.principal).minus(paidPrincipal).toFixed(2),
      disbursedAt: new Date(`${spec.disbursedOn}T02:00:00Z`),
      firstDueDate: dateColumn(spec.firstDueDate),
      policyVersion: spec.policyVersion ?? null,
    },
  });
  await db.mortgage.create({
    data: {
      registrationNo: `SUREG${seq}`,
      unitId: unit.id,
      certificateId: certificate.id,
      mortgagee: "测试公积金中心",
      mortgagorIdNumber: "320102198803040000",
      mortgagorName: "借款人",
      securedAmount: spec.principal,
      loanId: loan.id,
    },
  });
  await db.$transaction((tx) => insertInstallments(tx, loan.id, schedule.installments));
  if (paid.size) {
    await db.$executeRaw`
      UPDATE "LoanInstallment" SET "paidPrincipal" = principal, "paidInterest" = interest, "paidAmount" = payment, "paidOn" = "dueDate", status = 'PAID'
       WHERE "loanId" = ${loan.id} AND seq = ANY (${[...paid]}::int[])`;
  }
  return { loan, schedule: schedule.installments };
}

/** A loan's installments as plain values, for exact comparisons. */
export async function installmentsOf(loanId: string) {
  const rows = await db.loanInstallment.findMany({ where: { loanId }, orderBy: { seq: "asc" } });
  return rows.map((i) => ({
    seq: i.seq,
    dueDate: fromDateColumn(i.dueDate),
    payment: i.payment.toFixed(2),
    principal: i.principal.toFixed(2),
    interest: i.interest.toFixed(2),
    balanceAfter: i.balanceAfter.toFixed(2),
    status: i.status,
    paidPrincipal: i.paidPrincipal.toFixed(2),
    paidInterest: i.paidInterest.toFixed(2),
  }));
}

/** Shanghai 11:00 on a business date: what the use cases' `now` means by "today". */
export function at(businessDate: string): Date {
  return new Date(`${businessDate}T03:00:00Z`);
}
