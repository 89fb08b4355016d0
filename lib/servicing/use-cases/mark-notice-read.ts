import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { DomainError } from "@/lib/errors";
import type { CitizenActor } from "./citizen-loan";

/**
 * The borrower or co-borrower opened an overdue notice (逾期贷款通知单): readAt is set the first
 * time only (later opens change nothing), with audit OVERDUE_NOTICE_READ. The center can then show
 * the notice was seen. Errors: NOTICE_NOT_FOUND (also for someone else's notice).
 */
export async function markNoticeRead(opts: {
  actor: CitizenActor;
  noticeNo: string;
  now?: Date;
}): Promise<{ noticeId: string; firstRead: boolean }> {
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    const notice = await tx.overdueNotice.findUnique({
      where: { noticeNo: opts.noticeNo },
      select: { id: true, loan: { select: { loanNo: true, borrowerId: true, coBorrowerId: true } } },
    });
    const { depositorId } = opts.actor;
    if (!notice || (notice.loan.borrowerId !== depositorId && notice.loan.coBorrowerId !== depositorId))
      throw new DomainError("NOTICE_NOT_FOUND");
    const changed = await tx.overdueNotice.updateMany({ where: { id: notice.id, readAt: null }, data: { readAt: now } });
    if (changed.count === 1) {
      await recordAudit(tx, {
        actorId: opts.actor.userId,
        action: "OVERDUE_NOTICE_READ",
        entityType: "OverdueNotice",
        entityId: notice.id,
        toState: "READ",
        detail: { noticeNo: opts.noticeNo, loanNo: notice.loan.loanNo },
      });
    }
    return { noticeId: notice.id, firstRead: changed.count === 1 };
  });
}
