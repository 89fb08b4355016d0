import "server-only";
import { db } from "@/lib/db";
import { fromDateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { REPAYMENT_KIND_LABELS, REPAYMENT_SOURCE_LABELS } from "@/lib/servicing/use-cases/repayment-dto";
import { contributionStatement, repaymentStatement, type Statement } from "@/lib/exports/statement";

/**
 * The statements a citizen downloads. Ownership is part of each query: a loan the citizen is not
 * the borrower or co-borrower of, or no account, is null (the route answers 404, as for a loan
 * number that does not exist).
 */
export async function repaymentStatementFor(opts: { loanNo: string; depositorId: string; now?: Date }): Promise<Statement | null> {
  const loan = await db.loan.findFirst({
    where: { loanNo: opts.loanNo, OR: [{ borrowerId: opts.depositorId }, { coBorrowerId: opts.depositorId }] },
    select: {
      loanNo: true,
      principal: true,
      outstandingPrincipal: true,
      borrower: { select: { name: true } },
      repayments: {
        orderBy: [{ businessDate: "asc" }, { createdAt: "asc" }],
        select: {
          repaymentNo: true,
          kind: true,
          source: true,
          businessDate: true,
          amount: true,
          penaltyInterest: true,
          overdueInterest: true,
          overduePrincipal: true,
          currentInterest: true,
          currentPrincipal: true,
          prepaidPrincipal: true,
          accruedInterest: true,
        },
      },
    },
  });
  if (!loan) return null;
  return repaymentStatement({
    loanNo: loan.loanNo,
    borrowerName: loan.borrower.name,
    principal: loan.principal,
    outstanding: loan.outstandingPrincipal,
    issuedOn: todayInShanghai(opts.now),
    repayments: loan.repayments.map((r) => ({
      ...r,
      businessDate: fromDateColumn(r.businessDate),
      kindLabel: REPAYMENT_KIND_LABELS[r.kind],
      sourceLabel: REPAYMENT_SOURCE_LABELS[r.source],
    })),
  });
}

export async function contributionStatementFor(opts: { depositorId: string; now?: Date }): Promise<Statement | null> {
  const account = await db.depositAccount.findFirst({
    where: { depositorId: opts.depositorId },
    select: {
      accountNo: true,
      balance: true,
      depositor: { select: { name: true } },
      contributions: {
        orderBy: { month: "asc" },
        select: { month: true, base: true, employerAmount: true, personalAmount: true, employer: { select: { name: true } } },
      },
    },
  });
  if (!account) return null;
  return contributionStatement({
    accountNo: account.accountNo,
    holderName: account.depositor.name,
    balance: account.balance,
    issuedOn: todayInShanghai(opts.now),
    contributions: account.contributions.map((c) => ({ ...c, month: fromDateColumn(c.month).slice(0, 7), employerName: c.employer.name })),
  });
}
