import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { notifyOverdueNotice } from "@/lib/notifications/money-events";
import { lockSeries, nextAfter } from "@/lib/db/serial";
import { dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import { money } from "@/lib/money";
import { lockOpenCase, requireCollectionRole, type CollectionActor } from "@/lib/collections/access";
import { loanArrears } from "@/lib/collections/loan-arrears";
import { NOTICE_PAY_WITHIN_DAYS, formatNoticeNo, noticeSeriesPrefix } from "@/lib/collections/notice-number";
import { addDays } from "@/lib/dates/calendar";

export type IssuedNotice = { noticeId: string; noticeNo: string; duplicate: boolean };

/**
 * Issues a 逾期贷款通知单 from an OPEN collection case: the amounts owed today are snapshotted
 * (loanArrears), the number is the next of the issue year's series, pay-by = issued + 15 days, and
 * a NOTICE_SERVED contact is logged. A second issue for the same case on the same business date
 * returns the first notice (a reprint, a double click). One transaction with its audit entry.
 * Errors: FORBIDDEN_ROLE, NOT_FOUND, CASE_CLOSED, NOTHING_OVERDUE.
 */
export async function issueOverdueNotice(opts: { actor: CollectionActor; caseId: string; now?: Date }): Promise<IssuedNotice> {
  const now = opts.now ?? new Date();
  const { actor } = opts;
  requireCollectionRole(actor);
  const issuedOn = todayInShanghai(now);
  return inTransaction(async (tx) => {
    const found = await lockOpenCase(tx, opts.caseId);
    const earlier = await tx.overdueNotice.findFirst({
      where: { caseId: found.id, issuedOn: dateColumn(issuedOn) },
      orderBy: { createdAt: "asc" },
      select: { id: true, noticeNo: true },
    });
    if (earlier) return { noticeId: earlier.id, noticeNo: earlier.noticeNo, duplicate: true };

    const arrears = await loanArrears(tx, found.loanId, issuedOn);
    if (money(arrears.totalDue).lte(0)) throw new DomainError("NOTHING_OVERDUE");

    const prefix = noticeSeriesPrefix(Number(issuedOn.slice(0, 4)));
    await lockSeries(tx, `noticeNo:${prefix}`);
    const last = await tx.overdueNotice.findFirst({
      where: { noticeNo: { startsWith: prefix } },
      orderBy: { noticeNo: "desc" },
      select: { noticeNo: true },
    });
    const noticeNo = formatNoticeNo(Number(issuedOn.slice(0, 4)), nextAfter([last?.noticeNo], prefix));
    const payBy = addDays(issuedOn, NOTICE_PAY_WITHIN_DAYS);

    const notice = await tx.overdueNotice.create({
      data: {
        noticeNo,
        caseId: found.id,
        loanId: found.loanId,
        issuedOn: dateColumn(issuedOn),
        overduePeriods: arrears.status.overduePeriods,
        overduePrincipal: arrears.status.overduePrincipal,
        overdueInterest: arrears.status.overdueInterest,
        penaltyInterest: arrears.penaltyOwed,
        totalDue: arrears.totalDue,
        payBy: dateColumn(payBy),
        issuedById: actor.userId,
      },
      select: { id: true },
    });
    await tx.collectionContact.create({
      data: {
        caseId: found.id,
        kind: "NOTICE_SERVED",
        contactedAt: now,
        party: "借款人",
        outcome: `出具逾期贷款通知单 ${noticeNo}，限 ${payBy} 前还清欠款`,
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "OVERDUE_NOTICE_ISSUED",
      entityType: "CollectionCase",
      entityId: found.id,
      toState: noticeNo,
      detail: { noticeId: notice.id, noticeNo, totalDue: arrears.totalDue, payBy },
    });
    await notifyOverdueNotice(tx, { noticeId: notice.id, now });
    return { noticeId: notice.id, noticeNo, duplicate: false };
  });
}
