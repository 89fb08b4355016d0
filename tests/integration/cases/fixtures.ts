import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { addMonthsClamped, dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { buildResidentId } from "@/lib/identity/resident-id";
import type { Actor } from "@/lib/auth/actor";
import { openCaseAtWindow } from "@/lib/cases/open-case";
import { acceptLoanMatter, type AcceptLoanInput } from "@/lib/cases/accept-loan";

/**
 * A minimal center for the case tests: two windows, a teller at each, reviewers with limits, a
 * staff member holding TELLER + REVIEWER, an admin; applicants are made per test (each has their
 * own home) because a citizen may have only one application in progress.
 */
export type Center = Awaited<ReturnType<typeof createCenter>>;

let seq = 0;
const next = () => ++seq;

async function user(loginName: string, roles: Role[], approvalLimit?: string) {
  return db.user.create({ data: { loginName, displayName: loginName, passwordHash: "x", roles, approvalLimit: approvalLimit ?? null } });
}

export function actorOf(
  u: { id: string; roles: Role[]; approvalLimit: { toFixed(n: number): string } | null },
  windowId: string | null = null,
): Actor {
  return { userId: u.id, roles: u.roles, windowId, approvalLimit: u.approvalLimit ? u.approvalLimit.toFixed(2) : null };
}

export async function createCenter() {
  const center = await db.fundCenter.create({ data: { code: "320100", name: "南京住房公积金管理中心", city: "南京市" } });
  const window1 = await db.serviceWindow.create({ data: { centerId: center.id, number: 1, name: "1号综合窗口" } });
  const window2 = await db.serviceWindow.create({ data: { centerId: center.id, number: 2, name: "2号综合窗口" } });
  const employer = await db.employer.create({
    data: {
      centerId: center.id,
      creditCode: "91320100CASE00001X",
      name: "测试科技有限公司",
      address: "南京市玄武区测试路1号",
      contactPhone: "025-00000000",
    },
  });
  const users = {
    teller: await user("teller01", ["TELLER"]),
    teller2: await user("teller02", ["TELLER"]),
    reviewerA: await user("reviewer01", ["REVIEWER"], "600000.00"),
    reviewerB: await user("reviewer02", ["REVIEWER"], "1200000.00"),
    reviewerC: await user("reviewer03", ["REVIEWER"], "1200000.00"),
    dual: await user("dual01", ["TELLER", "REVIEWER"], "2000000.00"),
    admin: await user("admin", ["ADMIN"]),
  };
  const actors = {
    teller: actorOf(users.teller, window1.id),
    teller2: actorOf(users.teller2, window2.id),
    reviewerA: actorOf(users.reviewerA),
    reviewerB: actorOf(users.reviewerB),
    reviewerC: actorOf(users.reviewerC),
    dualAtWindow: actorOf(users.dual, window1.id),
    dualReviewing: actorOf(users.dual),
    admin: actorOf(users.admin),
  };
  return { center, window1, window2, employer, users, actors };
}

async function depositor(
  c: Center,
  opts: { birthDate: string; gender: "MALE" | "FEMALE"; name: string; months: number; balance: string; income: string },
) {
  const n = next();
  // The sequence part holds three digits: spread large batches (the benchmark) over region codes.
  const region = String(320102 + Math.floor(n / 450));
  const idNumber = buildResidentId(region, opts.birthDate, (n % 450) * 2 + (opts.gender === "MALE" ? 1 : 0));
  const d = await db.depositor.create({
    data: {
      idNumber,
      name: opts.name,
      gender: opts.gender,
      birthDate: dateColumn(opts.birthDate),
      phone: "13900000000",
      maritalStatus: "MARRIED",
      employerId: c.employer.id,
      monthlyIncome: opts.income,
    },
  });
  const today = todayInShanghai();
  const thisMonth = `${today.slice(0, 7)}-01`;
  const account = await db.depositAccount.create({
    data: {
      accountNo: `3201${String(n).padStart(8, "0")}`,
      depositorId: d.id,
      employerId: c.employer.id,
      balance: opts.balance,
      contributionBase: "10000.00",
      employerRatePercent: "12.00",
      personalRatePercent: "12.00",
      openedOn: dateColumn(addMonthsClamped(thisMonth, -opts.months)),
    },
  });
  await db.contribution.createMany({
    data: Array.from({ length: opts.months }, (_, i) => ({
      accountId: account.id,
      employerId: c.employer.id,
      month: dateColumn(addMonthsClamped(thisMonth, -(i + 1))),
      base: "10000.00",
      employerAmount: "1200.00",
      personalAmount: "1200.00",
    })),
  });
  return d;
}

/** A unit with a VALID certificate owned by `owners`; price ¥2,000,000 unless given. */
export async function createHome(owners: { idNumber: string; name: string }[], price = "2000000.00") {
  const n = next();
  const unit = await db.propertyUnit.create({
    data: {
      unitNo: `320102001001GB${String(n).padStart(5, "0")}F00010101`,
      district: "玄武区",
      address: `南京市玄武区测试路${n}号1幢101室`,
      buildingArea: "98.50",
      usage: "住宅",
      floor: 1,
      totalFloors: 18,
      builtYear: 2015,
    },
  });
  const certificate = await db.realEstateCertificate.create({
    data: {
      certNo: `苏(2026)南京市不动产权第${String(n).padStart(7, "0")}号`,
      unitId: unit.id,
      issuedOn: dateColumn("2026-03-01"),
      purchasePrice: price,
      owners: {
        create: owners.map((o) => ({ idNumber: o.idNumber, name: o.name, sharePercent: owners.length === 1 ? "100.00" : "50.00" })),
      },
    },
  });
  return { unit, certificate };
}

/** A married depositor (12 months of contributions) with a depositor spouse and a home of their own. */
export async function createApplicant(c: Center, opts: { birthDate?: string; months?: number; balance?: string } = {}) {
  const applicant = await depositor(c, {
    birthDate: opts.birthDate ?? "1988-05-12",
    gender: "MALE",
    name: `申请人${seq}`,
    months: opts.months ?? 12,
    balance: opts.balance ?? "100000.00",
    income: "20000.00",
  });
  const spouse = await depositor(c, {
    birthDate: "1990-02-03",
    gender: "FEMALE",
    name: `配偶${seq}`,
    months: 12,
    balance: "50000.00",
    income: "10000.00",
  });
  await db.depositor.update({ where: { id: applicant.id }, data: { spouseId: spouse.id } });
  const home = await createHome([applicant]);
  return { applicant, spouse, home };
}

export type Applicant = Awaited<ReturnType<typeof createApplicant>>;

export function loanInput(a: Applicant, overrides: Partial<AcceptLoanInput> = {}): Omit<AcceptLoanInput, "actor" | "caseId"> {
  return {
    property: a.home.certificate.certNo,
    amount: "500000.00",
    termMonths: 240,
    method: "EQUAL_INSTALLMENT",
    isFirstHome: true,
    payeeName: "南京测试置业有限公司",
    payeeAccount: "6222020200112233445",
    ...overrides,
  };
}

/** Opens a case at window 1 and accepts a loan in it. */
export async function acceptedLoan(c: Center, a: Applicant, overrides: Partial<AcceptLoanInput> = {}) {
  const opened = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber });
  const accepted = await acceptLoanMatter({ actor: c.actors.teller, caseId: opened.caseId, ...loanInput(a, overrides) });
  return { ...opened, ...accepted };
}

/** Row counts of everything acceptance writes, to prove a refusal wrote nothing. */
export async function rowCounts() {
  const [loans, matters, transitions, audits, mortgages, cases] = await Promise.all([
    db.loan.count(),
    db.caseMatter.count(),
    db.caseTransition.count(),
    db.auditEntry.count(),
    db.mortgage.count(),
    db.case.count(),
  ]);
  return { loans, matters, transitions, audits, mortgages, cases };
}

/** The DomainError code a promise rejects with (fails the test if it resolves). */
export async function errorOf(promise: Promise<unknown>): Promise<{ code: string; field?: string; details?: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; field?: string; details?: Record<string, unknown> };
  }
  throw new Error("expected a DomainError, but the call succeeded");
}
