import "server-only";
import { db } from "@/lib/db";
import { fromDateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { DomainError, isDomainError } from "@/lib/errors";
import type { LoanStatus, RepaymentMethod } from "@/lib/generated/prisma/enums";
import { LOAN_STATUS_LABELS } from "@/lib/loans/labels";
import { displayYuan, money } from "@/lib/money";
import { DEDUCTION_BUCKET_LABELS, type DeductionBucket } from "@/lib/servicing/deduction-order";
import { servicingMessage } from "@/lib/servicing/messages";
import { getServicingSettings } from "@/lib/servicing/servicing-settings";
import { citizenActorOf, readPositionInputs, type CitizenActor } from "@/lib/servicing/use-cases/citizen-loan";
import { loanPosition } from "@/lib/servicing/use-cases/loan-position";
import {
  PREPAYMENT_POLICY,
  planPayoff,
  prepaymentStart,
  type PayoffPlan,
  type PrepaymentStart,
} from "@/lib/servicing/use-cases/prepayment-plan";
import { suggestedRepayment } from "@/lib/servicing/use-cases/repayment-amount";
import { REPAYMENT_SELECT, toRepaymentDto, type RepaymentDto } from "@/lib/servicing/use-cases/repayment-dto";

export type CitizenLoanRef = { id: string; loanNo: string; isBorrower: boolean };

/**
 * The signed-in citizen acting on their own loan `loanNo` (borrower or co-borrower); an unknown or
 * someone else's loan is LOAN_NOT_FOUND, the same answer, so a loan number reveals nothing.
 */
export async function citizenLoanOf(
  user: { id: string; depositorId: string | null },
  loanNo: string,
): Promise<{ actor: CitizenActor; loan: CitizenLoanRef }> {
  const actor = citizenActorOf(user, "LOAN_NOT_FOUND");
  const loan = await findCitizenLoanRef(loanNo, actor.depositorId);
  if (!loan) throw new DomainError("LOAN_NOT_FOUND");
  return { actor, loan };
}

/** The loan `loanNo` when the citizen is its borrower or co-borrower; else null (404). */
export async function findCitizenLoanRef(loanNo: string, depositorId: string): Promise<CitizenLoanRef | null> {
  const loan = await db.loan.findFirst({
    where: { loanNo, OR: [{ borrowerId: depositorId }, { coBorrowerId: depositorId }] },
    select: { id: true, loanNo: true, borrowerId: true },
  });
  return loan ? { id: loan.id, loanNo: loan.loanNo, isBorrower: loan.borrowerId === depositorId } : null;
}

export type DeductionAccountOption = { choice: "OWN" | "SPOUSE"; label: string };

export type LoanServicingView = {
  loanNo: string;
  status: LoanStatus;
  statusLabel: string;
  businessDate: string;
  /** ACTIVE or OVERDUE: repayment, prepayment and authorization forms apply. */
  serviced: boolean;
  nextDue: { seq: number; dueDate: string; amount: string; partlyPaid: boolean } | null;
  overdue: { periods: number; principal: string; interest: string; penalty: string; total: string; any: boolean };
  /** Raw yuan strings for the repayment form: the suggested amount and the most it takes. */
  repay: { suggested: string; dueNow: string };
  deductionOrder: { bucket: DeductionBucket; label: string }[];
  /** pendingSpouse: on the spouse's account and not yet confirmed by the spouse (issue 14): no deduction yet. */
  authorization: { id: string; accountNo: string; holderName: string; ofSpouse: boolean; signedAt: string; pendingSpouse: boolean } | null;
  accountOptions: DeductionAccountOption[];
  repayments: RepaymentDto[];
  prepayment:
    | {
        allowed: true;
        remainingPrincipal: string;
        remainingRaw: string;
        nextSeq: number;
        accrueFrom: string;
        minAmount: string;
        multipleOf: string;
      }
    | { allowed: false; reason: string };
  payoff: ({ available: true } & PayoffPlan) | { available: false; reason: string };
  notices: {
    noticeNo: string;
    issuedOn: string;
    payBy: string;
    overduePeriods: number;
    totalDue: string;
    read: boolean;
    readAt: string | null;
  }[];
  release: { releaseNo: string | null; releasedAt: string | null } | null;
};

type LoanFacts = {
  id: string;
  loanNo: string;
  status: LoanStatus;
  borrowerId: string;
  annualRatePercent: { toFixed(d: number): string };
  method: RepaymentMethod;
  firstDueDate: Date | null;
  disbursedAt: Date | null;
};

async function accountOptions(borrowerId: string): Promise<DeductionAccountOption[]> {
  const me = await db.depositor.findUniqueOrThrow({
    where: { id: borrowerId },
    select: {
      maritalStatus: true,
      account: { select: { accountNo: true, status: true } },
      spouse: { select: { name: true, account: { select: { accountNo: true, status: true } } } },
      spouseOf: { select: { name: true, account: { select: { accountNo: true, status: true } } } },
    },
  });
  const options: DeductionAccountOption[] = [];
  if (me.account?.status === "NORMAL") options.push({ choice: "OWN", label: `本人公积金账户 ${me.account.accountNo}` });
  const spouse = me.maritalStatus === "MARRIED" ? (me.spouse ?? me.spouseOf) : null;
  if (spouse?.account?.status === "NORMAL")
    options.push({ choice: "SPOUSE", label: `配偶 ${spouse.name} 的公积金账户 ${spouse.account.accountNo}` });
  return options;
}

function reasonOf(error: Error): string {
  return isDomainError(error) ? servicingMessage(error) : "暂不能在网上办理，请到窗口咨询";
}

/** Prepayment terms for today, or the reason (in Chinese) they are closed. */
function prepaymentTerms(start: PrepaymentStart | Error): LoanServicingView["prepayment"] {
  if (start instanceof Error) return { allowed: false, reason: reasonOf(start) };
  return {
    allowed: true,
    remainingPrincipal: displayYuan(start.remainingPrincipal),
    remainingRaw: start.remainingPrincipal,
    nextSeq: start.nextSeq,
    accrueFrom: start.accrueFrom,
    minAmount: PREPAYMENT_POLICY.minAmount,
    multipleOf: PREPAYMENT_POLICY.multipleOf,
  };
}

/**
 * Everything the citizen's loan page shows about repaying: next due date and amount, what is
 * overdue (principal, interest, penalty, total, periods), the deduction order as data, the active
 * deduction authorization and the accounts it may use, the last repayments with their
 * allocation, prepayment terms and today's payoff quote (or why not), the overdue notices, and
 * the mortgage release once paid off. The caller checks ownership first (findCitizenLoanRef).
 */
export async function loanServicingView(loanId: string, opts: { now?: Date } = {}): Promise<LoanServicingView> {
  const businessDate = todayInShanghai(opts.now ?? new Date());
  const loan: LoanFacts = await db.loan.findUniqueOrThrow({
    where: { id: loanId },
    select: {
      id: true,
      loanNo: true,
      status: true,
      borrowerId: true,
      annualRatePercent: true,
      method: true,
      firstDueDate: true,
      disbursedAt: true,
    },
  });
  const { deductionOrder } = await getServicingSettings();
  const inputs = await readPositionInputs(db, loanId);
  const position = loanPosition({ ...inputs, businessDate });
  const serviced = (loan.status === "ACTIVE" || loan.status === "OVERDUE") && !!loan.firstDueDate && !!loan.disbursedAt;

  let start: PrepaymentStart | Error = new DomainError("LOAN_NOT_SERVICED");
  let payoff: LoanServicingView["payoff"];
  try {
    if (serviced) start = prepaymentStart({ ...inputs, businessDate, disbursedOn: todayInShanghai(loan.disbursedAt!) });
    if (start instanceof Error) throw start;
    const facts = {
      annualRatePercent: loan.annualRatePercent.toFixed(3),
      method: loan.method,
      firstDueDate: fromDateColumn(loan.firstDueDate!),
      disbursedOn: todayInShanghai(loan.disbursedAt!),
    };
    payoff = { available: true, ...planPayoff(facts, start) };
  } catch (error) {
    start = error as Error;
    payoff = { available: false, reason: reasonOf(start) };
  }

  const [authorization, repayments, notices, mortgage, options] = await Promise.all([
    db.deductionAuthorization.findFirst({
      where: { OR: [{ activeKey: loanId }, { pendingKey: loanId }] },
      select: {
        id: true,
        signedAt: true,
        activeKey: true,
        account: { select: { accountNo: true, depositorId: true, depositor: { select: { name: true } } } },
      },
    }),
    db.repayment.findMany({
      where: { loanId },
      orderBy: [{ businessDate: "desc" }, { createdAt: "desc" }],
      take: 10,
      select: REPAYMENT_SELECT,
    }),
    db.overdueNotice.findMany({
      where: { loanId },
      orderBy: [{ issuedOn: "desc" }, { noticeNo: "desc" }],
      select: { noticeNo: true, issuedOn: true, payBy: true, overduePeriods: true, totalDue: true, readAt: true },
    }),
    loan.status === "PAID_OFF" ? db.mortgage.findUnique({ where: { loanId }, select: { releaseNo: true, releasedAt: true } }) : null,
    serviced ? accountOptions(loan.borrowerId) : [],
  ]);

  const overdueTotal = money(position.arrears);
  return {
    loanNo: loan.loanNo,
    status: loan.status,
    statusLabel: LOAN_STATUS_LABELS[loan.status],
    businessDate,
    serviced,
    nextDue: position.next
      ? {
          seq: position.next.seq,
          dueDate: position.next.dueDate,
          amount: displayYuan(position.next.amountLeft),
          partlyPaid: position.next.partlyPaid,
        }
      : null,
    overdue: {
      periods: position.overduePeriods,
      principal: displayYuan(position.overduePrincipal),
      interest: displayYuan(position.overdueInterest),
      penalty: displayYuan(position.penaltyOwed),
      total: displayYuan(position.arrears),
      any: !overdueTotal.isZero(),
    },
    repay: { suggested: suggestedRepayment(position), dueNow: position.dueNow },
    deductionOrder: deductionOrder.map((bucket) => ({ bucket, label: DEDUCTION_BUCKET_LABELS[bucket] })),
    authorization: authorization
      ? {
          id: authorization.id,
          accountNo: authorization.account.accountNo,
          holderName: authorization.account.depositor.name,
          ofSpouse: authorization.account.depositorId !== loan.borrowerId,
          signedAt: formatShanghaiDateTime(authorization.signedAt),
          pendingSpouse: !authorization.activeKey,
        }
      : null,
    accountOptions: options,
    repayments: repayments.map((r) => toRepaymentDto(r, deductionOrder)),
    prepayment: prepaymentTerms(start),
    payoff,
    notices: notices.map((n) => ({
      noticeNo: n.noticeNo,
      issuedOn: fromDateColumn(n.issuedOn),
      payBy: fromDateColumn(n.payBy),
      overduePeriods: n.overduePeriods,
      totalDue: displayYuan(n.totalDue.toFixed(2)),
      read: n.readAt !== null,
      readAt: n.readAt ? formatShanghaiDateTime(n.readAt) : null,
    })),
    release: mortgage
      ? { releaseNo: mortgage.releaseNo, releasedAt: mortgage.releasedAt ? formatShanghaiDateTime(mortgage.releasedAt) : null }
      : null,
  };
}
