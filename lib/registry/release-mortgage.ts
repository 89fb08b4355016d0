import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { todayInShanghai } from "@/lib/dates/calendar";
import { money } from "@/lib/money";
import { nextCaseNo } from "@/lib/db/serial";
import { nextProofNo } from "@/lib/registry/registration-numbers";

export type ReleaseResult =
  | { status: "RELEASED"; releaseNo: string | null; caseNo: string }
  | { status: "ALREADY_RELEASED"; releaseNo: string | null }
  | { status: "NOT_PAID_OFF" };

/**
 * When a loan is fully repaid (outstanding principal 0, every installment PAID), in the caller's
 * transaction: the loan becomes PAID_OFF, its mortgage RELEASED with a release number from the
 * registration series, and a completed case with a MORTGAGE_RELEASE matter is recorded so the
 * citizen sees it, with no separate inquiry or authorization step. Idempotent: a second call (or
 * a concurrent one, which waits on the loan row) returns ALREADY_RELEASED and writes nothing.
 */
export async function releaseMortgageOnPayoff(
  tx: Tx,
  opts: { loanId: string; actor?: { userId: string; windowId?: string | null } | null; actorLabel?: string; now?: Date },
): Promise<ReleaseResult> {
  const now = opts.now ?? new Date();
  const who = {
    actorId: opts.actor?.userId ?? null,
    actorLabel: opts.actor ? null : (opts.actorLabel ?? "system"),
    windowId: opts.actor?.windowId ?? null,
  };
  const loan = await tx.loan.findUnique({
    where: { id: opts.loanId },
    select: { id: true, loanNo: true, status: true, outstandingPrincipal: true, borrowerId: true, version: true },
  });
  if (!loan) return { status: "NOT_PAID_OFF" };
  const already = async (): Promise<ReleaseResult> => {
    const mortgage = await tx.mortgage.findUnique({ where: { loanId: loan.id }, select: { releaseNo: true } });
    return { status: "ALREADY_RELEASED", releaseNo: mortgage?.releaseNo ?? null };
  };
  if (loan.status === "PAID_OFF") return already();
  const unpaid = await tx.loanInstallment.count({ where: { loanId: loan.id, status: { not: "PAID" } } });
  if (!money(loan.outstandingPrincipal).isZero() || unpaid > 0 || !["ACTIVE", "OVERDUE"].includes(loan.status))
    return { status: "NOT_PAID_OFF" };

  // The guarded status change is the idempotency key: a concurrent caller finds nothing to update.
  const closed = await tx.loan.updateMany({
    where: { id: loan.id, status: { in: ["ACTIVE", "OVERDUE"] } },
    data: { status: "PAID_OFF", paidOffAt: now, overduePeriods: 0, version: { increment: 1 } },
  });
  if (closed.count !== 1) return already();
  await recordAudit(tx, {
    ...who,
    action: "LOAN_PAID_OFF",
    entityType: "Loan",
    entityId: loan.id,
    fromState: loan.status,
    toState: "PAID_OFF",
  });

  const today = todayInShanghai(now);
  const mortgage = await tx.mortgage.findUnique({ where: { loanId: loan.id }, select: { id: true, status: true } });
  let releaseNo: string | null = null;
  if (mortgage && mortgage.status === "REGISTERED") {
    releaseNo = await nextProofNo(tx, Number(today.slice(0, 4)));
    await tx.mortgage.update({ where: { id: mortgage.id }, data: { status: "RELEASED", releasedAt: now, releaseNo } });
    await recordAudit(tx, {
      ...who,
      action: "MORTGAGE_RELEASED",
      entityType: "Mortgage",
      entityId: mortgage.id,
      fromState: "REGISTERED",
      toState: "RELEASED",
      detail: { releaseNo, loanNo: loan.loanNo },
    });
  }
  const caseNo = await nextCaseNo(tx, today);
  const created = await tx.case.create({
    data: {
      caseNo,
      depositorId: loan.borrowerId,
      channel: "ONLINE",
      status: "COMPLETED",
      acceptedById: who.actorId,
      windowId: who.windowId,
      openedAt: now,
      closedAt: now,
      matters: { create: { kind: "MORTGAGE_RELEASE", status: "COMPLETED", stageSince: now, createdAt: now } },
    },
  });
  await recordAudit(tx, {
    ...who,
    action: "MORTGAGE_RELEASE_CASE",
    entityType: "Case",
    entityId: created.id,
    toState: "COMPLETED",
    detail: { caseNo, loanNo: loan.loanNo, releaseNo },
  });
  return { status: "RELEASED", releaseNo, caseNo };
}
