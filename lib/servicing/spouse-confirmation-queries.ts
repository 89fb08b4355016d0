import "server-only";
import { db } from "@/lib/db";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";

/** A deduction authorization on the reader's own fund account waiting for their confirmation. */
export type PendingSpouseAuthorizationDto = { id: string; loanNo: string; borrowerName: string; accountNo: string; signedAt: string };

/** What the spouse (signed in) is asked to confirm: authorizations on their account still pending. */
export async function listPendingSpouseAuthorizations(depositorId: string): Promise<PendingSpouseAuthorizationDto[]> {
  const rows = await db.deductionAuthorization.findMany({
    where: { pendingKey: { not: null }, revokedAt: null, account: { depositorId } },
    orderBy: { signedAt: "asc" },
    select: {
      id: true,
      signedAt: true,
      loan: { select: { loanNo: true, borrower: { select: { name: true } } } },
      account: { select: { accountNo: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    loanNo: r.loan.loanNo,
    borrowerName: r.loan.borrower.name,
    accountNo: r.account.accountNo,
    signedAt: formatShanghaiDateTime(r.signedAt),
  }));
}

/** The pending authorization of a loan (by its number), for a confirmation at the window. */
export async function findPendingSpouseAuthorizationId(loanNo: string): Promise<string | null> {
  const row = await db.deductionAuthorization.findFirst({
    where: { loan: { loanNo }, pendingKey: { not: null }, revokedAt: null },
    select: { id: true },
  });
  return row?.id ?? null;
}
