import "server-only";
import { db } from "@/lib/db";
import { fromDateColumn } from "@/lib/dates/calendar";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { maskIdNumber } from "@/lib/accounts/certificate-code";
import { displayYuan } from "@/lib/money";
import { describeDeductionOrder } from "@/lib/servicing/deduction-order";
import type { NoticeDocument } from "@/lib/collections/notice-layout";
import { isNoticeNo } from "@/lib/collections/notice-number";
import { collectionPolicies } from "@/lib/collections/policies";

/** The national housing fund service hotline, printed on notices as the center's number. */
export const CENTER_HOTLINE = "12329";

/** Everything the notice PDF prints, from the issued snapshot, or null when there is no such notice. */
export async function getNoticeDocument(noticeId: string): Promise<NoticeDocument | null> {
  const n = await db.overdueNotice.findUnique({
    where: { id: noticeId },
    select: {
      noticeNo: true,
      issuedOn: true,
      payBy: true,
      issuedById: true,
      overduePeriods: true,
      overduePrincipal: true,
      overdueInterest: true,
      penaltyInterest: true,
      totalDue: true,
      loan: {
        select: {
          loanNo: true,
          contracts: { where: { kind: "LOAN" }, select: { contractNo: true } },
          borrower: { select: { name: true, idNumber: true, employer: { select: { center: { select: { name: true } } } } } },
        },
      },
    },
  });
  if (!n) return null;
  const [issuer, { deductionOrder }, anyCenter] = await Promise.all([
    db.user.findUnique({ where: { id: n.issuedById }, select: { displayName: true } }),
    collectionPolicies(),
    n.loan.borrower.employer ? null : db.fundCenter.findFirst({ orderBy: { createdAt: "asc" }, select: { name: true } }),
  ]);
  return {
    noticeNo: n.noticeNo,
    issuedOn: fromDateColumn(n.issuedOn),
    payBy: fromDateColumn(n.payBy),
    centerName: n.loan.borrower.employer?.center.name ?? anyCenter?.name ?? "住房公积金管理中心",
    contact: `经办人 ${issuer?.displayName ?? "—"}，服务热线 ${CENTER_HOTLINE}`,
    borrowerName: n.loan.borrower.name,
    borrowerIdMasked: maskIdNumber(n.loan.borrower.idNumber),
    loanNo: n.loan.loanNo,
    contractNo: n.loan.contracts[0]?.contractNo ?? null,
    overduePeriods: n.overduePeriods,
    overduePrincipal: n.overduePrincipal.toFixed(2),
    overdueInterest: n.overdueInterest.toFixed(2),
    penaltyInterest: n.penaltyInterest.toFixed(2),
    totalDue: n.totalDue.toFixed(2),
    deductionOrder: describeDeductionOrder(deductionOrder),
  };
}

/** The notice `noticeNo` of collection case `caseId` (the staff PDF route), or null. */
export async function findCaseNotice(caseId: string, noticeNo: string): Promise<{ id: string } | null> {
  if (!isNoticeNo(noticeNo)) return null;
  return db.overdueNotice.findFirst({ where: { noticeNo, caseId }, select: { id: true } });
}

export type BorrowerNoticeDto = {
  id: string;
  noticeNo: string;
  loanNo: string;
  issuedOn: string;
  payBy: string;
  overduePeriods: number;
  totalDue: string;
  read: boolean;
  readAt: string | null;
};

const BORROWER_NOTICE_SELECT = {
  id: true,
  noticeNo: true,
  issuedOn: true,
  payBy: true,
  overduePeriods: true,
  totalDue: true,
  readAt: true,
  loan: { select: { loanNo: true } },
} as const;

function toBorrowerNotice(n: {
  id: string;
  noticeNo: string;
  issuedOn: Date;
  payBy: Date;
  overduePeriods: number;
  totalDue: { toFixed(d: number): string };
  readAt: Date | null;
  loan: { loanNo: string };
}): BorrowerNoticeDto {
  return {
    id: n.id,
    noticeNo: n.noticeNo,
    loanNo: n.loan.loanNo,
    issuedOn: fromDateColumn(n.issuedOn),
    payBy: fromDateColumn(n.payBy),
    overduePeriods: n.overduePeriods,
    totalDue: displayYuan(n.totalDue.toFixed(2)),
    read: n.readAt !== null,
    readAt: n.readAt ? formatShanghaiDateTime(n.readAt) : null,
  };
}

/**
 * The overdue notices on loans where the citizen is the borrower or the co-borrower, newest first
 * (the citizen portal's list). Ownership is in the query.
 */
export async function listNoticesOfDepositor(depositorId: string): Promise<BorrowerNoticeDto[]> {
  const rows = await db.overdueNotice.findMany({
    where: { loan: { OR: [{ borrowerId: depositorId }, { coBorrowerId: depositorId }] } },
    orderBy: [{ issuedOn: "desc" }, { noticeNo: "desc" }],
    select: BORROWER_NOTICE_SELECT,
  });
  return rows.map(toBorrowerNotice);
}

/** One notice by number, only when the citizen is its loan's borrower or co-borrower; else null (404). */
export async function findNoticeOfDepositor(noticeNo: string, depositorId: string): Promise<BorrowerNoticeDto | null> {
  if (!isNoticeNo(noticeNo)) return null;
  const n = await db.overdueNotice.findFirst({
    where: { noticeNo, loan: { OR: [{ borrowerId: depositorId }, { coBorrowerId: depositorId }] } },
    select: BORROWER_NOTICE_SELECT,
  });
  return n ? toBorrowerNotice(n) : null;
}
