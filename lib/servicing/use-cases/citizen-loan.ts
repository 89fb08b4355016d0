import type { Db, Tx } from "@/lib/db";
import { fromDateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import type { LoanStatus, RepaymentMethod } from "@/lib/generated/prisma/enums";
import type { PositionInstallment } from "./loan-position";
import type { ServicingErrorCode } from "@/lib/servicing/messages";

/** The citizen acting online: their user and the depositor they are. */
export type CitizenActor = { userId: string; depositorId: string };

/** The signed-in user as a CitizenActor; a user who is no depositor gets `missing` (it reveals nothing). */
export function citizenActorOf(user: { id: string; depositorId: string | null }, missing: ServicingErrorCode): CitizenActor {
  if (!user.depositorId) throw new DomainError(missing);
  return { userId: user.id, depositorId: user.depositorId };
}

export type LockedLoan = {
  id: string;
  loanNo: string;
  borrowerId: string;
  coBorrowerId: string | null;
  status: LoanStatus;
  annualRatePercent: string;
  method: RepaymentMethod;
  firstDueDate: string;
  disbursedOn: string;
  outstandingPrincipal: string;
  /** The loan policy version it was assessed under (its due-date rule); null: the current one. */
  policyVersion: number | null;
};

type LoanRow = {
  id: string;
  loanNo: string;
  borrowerId: string;
  coBorrowerId: string | null;
  status: LoanStatus;
  annualRatePercent: string;
  method: RepaymentMethod;
  firstDueDate: Date | null;
  disbursedAt: Date | null;
  outstandingPrincipal: string;
  policyVersion: number | null;
};

/**
 * Locks the loan row (FOR UPDATE) for the rest of the transaction, so two payments on one loan run
 * one after the other. Ownership: the borrower or co-borrower, or only the borrower when
 * `borrowerOnly`; anyone else gets LOAN_NOT_FOUND (a foreign loan number reveals nothing).
 * Serviced loans only (ACTIVE or OVERDUE), else LOAN_NOT_SERVICED.
 */
export async function lockCitizenLoan(tx: Tx, opts: { loanId: string; actor: CitizenActor; borrowerOnly?: boolean }): Promise<LockedLoan> {
  const rows = await tx.$queryRaw<LoanRow[]>`
    SELECT id, "loanNo", "borrowerId", "coBorrowerId", status, "annualRatePercent"::text AS "annualRatePercent", method,
           "firstDueDate", "disbursedAt", "outstandingPrincipal"::text AS "outstandingPrincipal", "policyVersion"
      FROM "Loan" WHERE id = ${opts.loanId} FOR UPDATE`;
  const row = rows[0];
  const { depositorId } = opts.actor;
  const owns = row && (row.borrowerId === depositorId || (!opts.borrowerOnly && row.coBorrowerId === depositorId));
  if (!row || !owns) throw new DomainError(row && row.coBorrowerId === depositorId ? "BORROWER_ONLY" : "LOAN_NOT_FOUND");
  if ((row.status !== "ACTIVE" && row.status !== "OVERDUE") || !row.firstDueDate || !row.disbursedAt) {
    throw new DomainError("LOAN_NOT_SERVICED", { details: { status: row.status } });
  }
  return {
    ...row,
    firstDueDate: fromDateColumn(row.firstDueDate),
    disbursedOn: todayInShanghai(row.disbursedAt),
  };
}

/** The installments and penalty posted and paid that lib/servicing/use-cases/loan-position.ts reads. */
export async function readPositionInputs(
  tx: Db | Tx,
  loanId: string,
): Promise<{ installments: PositionInstallment[]; penaltyPosted: string; penaltyPaid: string }> {
  // NOTE: sequential, not Promise.all: one interactive transaction is one connection.
  const installments = await tx.loanInstallment.findMany({
    where: { loanId },
    orderBy: { seq: "asc" },
    select: { seq: true, dueDate: true, principal: true, interest: true, paidPrincipal: true, paidInterest: true },
  });
  const penalty = await tx.loan.findUniqueOrThrow({ where: { id: loanId }, select: { penaltyPosted: true, penaltyPaid: true } });
  return {
    installments: installments.map((i) => ({
      seq: i.seq,
      dueDate: fromDateColumn(i.dueDate),
      principal: i.principal.toFixed(2),
      interest: i.interest.toFixed(2),
      paidPrincipal: i.paidPrincipal.toFixed(2),
      paidInterest: i.paidInterest.toFixed(2),
    })),
    penaltyPosted: penalty.penaltyPosted.toFixed(2),
    penaltyPaid: penalty.penaltyPaid.toFixed(2),
  };
}
