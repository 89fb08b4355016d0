import type { MaritalStatus } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/db";
import { todayInShanghai, fromDateColumn } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import { parseResidentId } from "@/lib/identity/resident-id";
import { wholeMonthsBetween } from "@/lib/loans/policy";
import { findActiveBan, type ActiveBan } from "@/lib/fraud/facts";

/** Anything that reads like the Prisma client: the db client or a transaction. */
type Reader = Pick<Db, "depositor" | "contribution" | "loan" | "blacklistEntry">;

const OUTSTANDING = ["ACTIVE", "OVERDUE"] as const;

export type ApplicantFacts = {
  depositorId: string;
  idNumber: string;
  name: string;
  gender: "MALE" | "FEMALE";
  birthDate: string;
  age: number;
  phone: string;
  maritalStatus: MaritalStatus;
  monthlyIncome: string;
  account: {
    id: string;
    accountNo: string;
    status: "NORMAL" | "SEALED" | "CLOSED";
    balance: string;
    contributionBase: string;
    employerRatePercent: string;
    personalRatePercent: string;
    openedOn: string;
  } | null;
  /** Months contributed without a gap, counting back from last month. */
  continuousContributionMonths: number;
  monthsContributed: number;
  employer: { id: string; name: string; creditCode: string } | null;
  spouse: {
    depositorId: string;
    idNumber: string;
    name: string;
    isDepositor: true;
    balance: string | null;
    monthlyIncome: string;
    accountNormal: boolean;
  } | null;
  outstandingFundLoans: { loanNo: string; status: string; outstandingPrincipal: string }[];
  /** Any disbursed fund loan, repaid or not, of the applicant or the spouse (second-home default). */
  everHadFundLoan: boolean;
  /** On the blacklist (失信黑名单) on asOf: no loan and no withdrawal until the ban ends. */
  blacklisted: boolean;
  ban: Pick<ActiveBan, "reason" | "endsOn"> | null;
  asOf: string;
};

/** The ban in force on `asOf` for this ID number (lib/fraud), read in the caller's transaction. */
export function isBlacklisted(db: Pick<Db, "blacklistEntry">, idNumber: string, asOf: string): Promise<ActiveBan | null> {
  return findActiveBan(db, [idNumber], asOf);
}

function monthIndex(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/**
 * Everything the fund knows about an applicant, from the ID number alone (data fusion: nothing
 * is typed twice), the blacklist included. Errors: INVALID_ID_NUMBER (field idNumber, details problem), UNKNOWN_DEPOSITOR
 * (field idNumber).
 */
export async function loadApplicantFacts(
  db: Reader,
  idNumber: string,
  asOf: string = todayInShanghai(),
  field = "idNumber",
): Promise<ApplicantFacts> {
  const parsed = parseResidentId(idNumber);
  if (!parsed.ok) throw new DomainError("INVALID_ID_NUMBER", { field, details: { problem: parsed.problem } });
  const depositor = await db.depositor.findUnique({
    where: { idNumber: parsed.value.idNumber },
    include: {
      account: true,
      employer: { select: { id: true, name: true, creditCode: true } },
      spouse: { include: { account: { select: { balance: true, status: true } } } },
    },
  });
  if (!depositor) throw new DomainError("UNKNOWN_DEPOSITOR", { field });

  const lastMonth = monthIndex(asOf) - 1;
  const months = depositor.account
    ? await db.contribution.findMany({ where: { accountId: depositor.account.id }, select: { month: true }, orderBy: { month: "desc" } })
    : [];
  const have = new Set(months.map((m) => monthIndex(fromDateColumn(m.month))));
  let continuous = 0;
  while (have.has(lastMonth - continuous)) continuous += 1;

  const household = [depositor.id, ...(depositor.spouse ? [depositor.spouse.id] : [])];
  const loans = await db.loan.findMany({
    where: { OR: [{ borrowerId: { in: household } }, { coBorrowerId: { in: household } }], status: { in: [...OUTSTANDING, "PAID_OFF"] } },
    select: { loanNo: true, status: true, outstandingPrincipal: true },
  });
  const ban = await isBlacklisted(db, depositor.idNumber, asOf);
  const birthDate = fromDateColumn(depositor.birthDate);
  const account = depositor.account;
  const spouse = depositor.spouse;
  return {
    depositorId: depositor.id,
    idNumber: depositor.idNumber,
    name: depositor.name,
    gender: depositor.gender,
    birthDate,
    age: Math.floor(wholeMonthsBetween(birthDate, asOf) / 12),
    phone: depositor.phone,
    maritalStatus: depositor.maritalStatus,
    monthlyIncome: depositor.monthlyIncome.toFixed(2),
    account: account && {
      id: account.id,
      accountNo: account.accountNo,
      status: account.status,
      balance: account.balance.toFixed(2),
      contributionBase: account.contributionBase.toFixed(2),
      employerRatePercent: account.employerRatePercent.toFixed(2),
      personalRatePercent: account.personalRatePercent.toFixed(2),
      openedOn: fromDateColumn(account.openedOn),
    },
    continuousContributionMonths: continuous,
    monthsContributed: months.length,
    employer: depositor.employer,
    spouse: spouse && {
      depositorId: spouse.id,
      idNumber: spouse.idNumber,
      name: spouse.name,
      isDepositor: true,
      balance: spouse.account?.balance.toFixed(2) ?? null,
      monthlyIncome: spouse.monthlyIncome.toFixed(2),
      accountNormal: spouse.account?.status === "NORMAL",
    },
    outstandingFundLoans: loans
      .filter((l) => (OUTSTANDING as readonly string[]).includes(l.status))
      .map((l) => ({ loanNo: l.loanNo, status: l.status, outstandingPrincipal: l.outstandingPrincipal.toFixed(2) })),
    everHadFundLoan: loans.length > 0,
    blacklisted: ban !== null,
    ban: ban && { reason: ban.reason, endsOn: ban.endsOn },
    asOf,
  };
}
