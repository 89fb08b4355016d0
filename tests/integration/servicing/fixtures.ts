import { dateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { insertInstallments } from "@/lib/loans/insert-installments";
import { buildSchedule } from "@/lib/loans/schedule";
import { createAccountHolder, createEmployer, createUser } from "../accounts/fund-fixtures";

/**
 * Servicing fixtures: disbursed loans inserted directly (the case flow is tested elsewhere), with
 * their schedule from buildSchedule and paid amounts set per installment. Loan ids are derived from
 * the loan number so a scenario replayed after resetServicing() has the same ids (and the same
 * idempotency keys and bank references, which embed them).
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
  /** A repayment card "6222<loanNo>" with this balance in the bank simulator. */
  card?: string;
  /** A repayment card number the simulator does not know. */
  unknownCard?: boolean;
  /** An active deduction authorization on this fund account. */
  authorizeAccountId?: string;
  /** A REGISTERED mortgage with this registration number. */
  mortgageNo?: string;
};

export async function createOfficers(names: string[]) {
  const officers = [];
  for (const loginName of names) {
    officers.push(await db.user.create({ data: { loginName, displayName: loginName, passwordHash: "x", roles: ["RISK_OFFICER"] } }));
  }
  return officers;
}

/** Depositors with fund accounts (balance 0), one employer, and an ADMIN user. */
export async function createHolders(count: number) {
  const employer = await createEmployer();
  const holders = [];
  for (let n = 0; n < count; n++) holders.push(await createAccountHolder(employer.id));
  await createUser(["ADMIN"]);
  return holders;
}

export async function createBorrowers(count: number) {
  return (await createHolders(count)).map((h) => h.depositor);
}

export const cardOf = (loanNo: string) => `6222${loanNo}`;

export async function createLoan(borrowerId: string, spec: LoanSpec) {
  unitSeq += 1;
  const unit = await db.propertyUnit.create({
    data: {
      unitNo: `SERV${spec.loanNo}-${unitSeq}`,
      district: "玄武区",
      address: `测试路${unitSeq}号`,
      buildingArea: "90.00",
      usage: "住宅",
      floor: 1,
      totalFloors: 6,
      builtYear: 2010,
    },
  });
  const repayBankAccount = spec.card !== undefined || spec.unknownCard ? cardOf(spec.loanNo) : null;
  const loan = await db.loan.create({
    data: {
      id: `loan_${spec.loanNo}`,
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
      repayBankName: repayBankAccount ? "中国工商银行南京分行" : null,
      repayBankAccount,
    },
  });
  const schedule = buildSchedule({
    principal: spec.principal,
    annualRatePercent: spec.annualRatePercent,
    months: spec.months,
    method: "EQUAL_INSTALLMENT",
    firstDueDate: spec.firstDueDate,
  });
  await db.$transaction((tx) => insertInstallments(tx, loan.id, schedule.installments));
  for (const [seq, how] of Object.entries(spec.paid ?? {})) await payInstallment(loan.id, Number(seq), how);
  await db.$executeRaw`
    UPDATE "Loan" l SET "outstandingPrincipal" = (SELECT sum(i.principal - i."paidPrincipal") FROM "LoanInstallment" i WHERE i."loanId" = l.id)
     WHERE l.id = ${loan.id}`;
  if (spec.card !== undefined) {
    await db.simulatedBankAccount.create({ data: { accountNo: cardOf(spec.loanNo), holderName: "借款人", balance: spec.card } });
  }
  if (spec.authorizeAccountId) {
    const signer = await db.user.findFirstOrThrow({ orderBy: { loginName: "asc" } });
    await db.deductionAuthorization.create({
      data: { loanId: loan.id, accountId: spec.authorizeAccountId, activeKey: loan.id, signedById: signer.id },
    });
  }
  if (spec.mortgageNo) {
    await db.mortgage.create({
      data: {
        registrationNo: spec.mortgageNo,
        unitId: unit.id,
        mortgagee: "测试公积金中心",
        mortgagorIdNumber: "320102199001010011",
        mortgagorName: "借款人",
        securedAmount: spec.principal,
        loanId: loan.id,
      },
    });
  }
  return loan;
}

/** Sets an installment's paid amounts: in full, or leaving `how` yuan of principal unpaid. */
export async function payInstallment(loanId: string, seq: number, how: "FULL" | string = "FULL") {
  const left = how === "FULL" ? "0" : how;
  await db.$executeRaw`
    UPDATE "LoanInstallment" SET "paidPrincipal" = principal - ${left}::numeric, "paidInterest" = interest
     WHERE "loanId" = ${loanId} AND seq = ${seq}`;
}

export async function setBalance(accountId: string, balance: string) {
  await db.depositAccount.update({ where: { id: accountId }, data: { balance } });
}

/** A small portfolio on business date 2026-05-20 (installments due on the 15th, or on D itself). */
export const BUSINESS_DATE = "2026-05-20";

export async function seedPortfolio(borrowerIds: string[]) {
  const specs: LoanSpec[] = [
    // seqs 3, 4, 5 overdue: 3 periods, 3 in a row.
    {
      loanNo: "L001",
      principal: "120000.00",
      annualRatePercent: "3.100",
      months: 12,
      firstDueDate: "2026-01-15",
      paid: { 1: "FULL", 2: "FULL" },
    },
    // seq 2 overdue in full, seq 4 with 100.00 principal left: 2 periods, longest run 1.
    {
      loanNo: "L002",
      principal: "300000.00",
      annualRatePercent: "2.850",
      months: 24,
      firstDueDate: "2026-01-15",
      paid: { 1: "FULL", 3: "FULL", 4: "100.00", 5: "FULL" },
    },
    // Everything due is paid: stays ACTIVE, seqs 1–4 become PAID.
    {
      loanNo: "L003",
      principal: "80000.00",
      annualRatePercent: "2.600",
      months: 12,
      firstDueDate: "2026-02-15",
      paid: { 1: "FULL", 2: "FULL", 3: "FULL", 4: "FULL" },
    },
    // First due on D itself: not overdue yet (一天一销号: the due date is the deduction day).
    { loanNo: "L004", principal: "50000.00", annualRatePercent: "3.250", months: 12, firstDueDate: BUSINESS_DATE },
    // One unpaid period.
    { loanNo: "L005", principal: "450000.00", annualRatePercent: "3.100", months: 360, firstDueDate: "2026-05-15" },
  ];
  const loans = [];
  for (const [n, spec] of specs.entries()) loans.push(await createLoan(borrowerIds[n % borrowerIds.length]!, spec));
  return loans;
}

/**
 * Loans the deduction steps act on, on 2026-05-20 (due on the 20th): holders[0]'s account pays
 * S001 in full (it has 50,000.00), holders[1]'s pays 300.00 of S004 and the card the rest.
 */
export async function seedDeductionPortfolio(holders: { depositor: { id: string }; account: { id: string } }[]) {
  const [a, b] = holders as [(typeof holders)[0], (typeof holders)[0]];
  await setBalance(a.account.id, "50000.00");
  await setBalance(b.account.id, "300.00");
  const specs: [string, LoanSpec][] = [
    // seq 4 (04-20) overdue, seq 5 due on D: the fund account pays the penalty, both and nothing is left.
    [
      a.depositor.id,
      {
        loanNo: "S001",
        principal: "60000.00",
        annualRatePercent: "3.100",
        months: 12,
        firstDueDate: "2026-01-20",
        paid: { 1: "FULL", 2: "FULL", 3: "FULL" },
        authorizeAccountId: a.account.id,
      },
    ],
    // seq 1 overdue, seq 2 due on D, a card with 1,000.00: PARTIAL, stays OVERDUE.
    [
      b.depositor.id,
      { loanNo: "S002", principal: "200000.00", annualRatePercent: "2.850", months: 240, firstDueDate: "2026-04-20", card: "1000.00" },
    ],
    // The last installment falls due on D and the card covers it: PAID_OFF, mortgage released.
    [
      a.depositor.id,
      {
        loanNo: "S003",
        principal: "9000.00",
        annualRatePercent: "2.600",
        months: 3,
        firstDueDate: "2026-03-20",
        paid: { 1: "FULL", 2: "FULL" },
        card: "5000.00",
        mortgageNo: "苏(2026)南京市不动产证明第0000041号",
      },
    ],
    // Due on D: 300.00 from the fund account, the rest from the card.
    [
      b.depositor.id,
      {
        loanNo: "S004",
        principal: "100000.00",
        annualRatePercent: "3.100",
        months: 120,
        firstDueDate: BUSINESS_DATE,
        authorizeAccountId: b.account.id,
        card: "99999.00",
      },
    ],
    // Due on D, a card the bank does not know: FAILED.
    [
      b.depositor.id,
      { loanNo: "S005", principal: "30000.00", annualRatePercent: "3.100", months: 60, firstDueDate: BUSINESS_DATE, unknownCard: true },
    ],
  ];
  const loans = [];
  for (const [borrowerId, spec] of specs) loans.push(await createLoan(borrowerId, spec));
  return loans;
}
