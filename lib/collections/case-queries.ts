import "server-only";
import { db } from "@/lib/db";
import { fromDateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import type { CollectionCaseStatus } from "@/lib/generated/prisma/enums";
import { LOAN_STATUS_LABELS } from "@/lib/loans/labels";
import { displayYuan } from "@/lib/money";
import { suggestActions } from "@/lib/servicing/escalation";
import { CASE_STATUS_LABELS, CONTACT_KIND_LABELS } from "@/lib/collections/labels";
import { loanArrears, type OverdueInstallment } from "@/lib/collections/loan-arrears";
import { markDone, type SuggestedAction } from "@/lib/collections/next-action";
import { collectionPolicies } from "@/lib/collections/policies";

export type CollectionCaseDto = {
  id: string;
  status: CollectionCaseStatus;
  open: boolean;
  statusLabel: string;
  openedOn: string;
  closedOn: string | null;
  overduePeriodsAtOpen: number;
  collector: { id: string; name: string } | null;
  loan: {
    loanNo: string;
    contractNo: string | null;
    principal: string;
    outstanding: string;
    annualRate: string;
    termMonths: number;
    statusLabel: string;
    firstDueDate: string | null;
    address: string;
  };
  borrower: { name: string; idNumber: string; phone: string; employer: { name: string; phone: string; address: string } | null };
  coBorrower: { name: string; idNumber: string; phone: string } | null;
  /** What is owed today (display amounts). */
  arrears: {
    businessDate: string;
    overduePeriods: number;
    consecutiveOverduePeriods: number;
    daysOverdue: number;
    overduePrincipal: string;
    overdueInterest: string;
    penaltyOwed: string;
    totalDue: string;
    /** Unpaid installments due before today, amounts for display. */
    installments: OverdueInstallment[];
  };
  escalation: { tierLabel: string | null; actions: SuggestedAction[] };
  contacts: {
    id: string;
    kindLabel: string;
    at: string;
    party: string;
    outcome: string;
    promisedAmount: string | null;
    promisedDate: string | null;
    note: string | null;
    by: string;
  }[];
  guarantors: { id: string; name: string; phone: string; relation: string; address: string | null }[];
  notices: { noticeNo: string; issuedOn: string; payBy: string; totalDue: string; issuedBy: string; readAt: string | null }[];
};

/** One collection case with everything the collector needs on its page, or null. */
export async function getCollectionCase(caseId: string, now: Date = new Date()): Promise<CollectionCaseDto | null> {
  const c = await db.collectionCase.findUnique({
    where: { id: caseId },
    select: {
      id: true,
      status: true,
      openedOn: true,
      closedOn: true,
      overduePeriodsAtOpen: true,
      collector: { select: { id: true, displayName: true } },
      loan: {
        select: {
          id: true,
          loanNo: true,
          principal: true,
          outstandingPrincipal: true,
          annualRatePercent: true,
          termMonths: true,
          status: true,
          firstDueDate: true,
          unit: { select: { address: true } },
          contracts: { where: { kind: "LOAN" }, select: { contractNo: true } },
          borrower: {
            select: { name: true, idNumber: true, phone: true, employer: { select: { name: true, contactPhone: true, address: true } } },
          },
          coBorrower: { select: { name: true, idNumber: true, phone: true } },
        },
      },
      contacts: { orderBy: { contactedAt: "desc" } },
      guarantors: { orderBy: { createdAt: "asc" } },
      notices: { orderBy: { noticeNo: "desc" } },
    },
  });
  if (!c) return null;
  const businessDate = todayInShanghai(now);
  const userIds = [...new Set([...c.contacts.map((x) => x.createdById), ...c.notices.map((n) => n.issuedById)])];
  const [arrears, { escalationPolicy }, users] = await Promise.all([
    loanArrears(db, c.loan.id, businessDate),
    collectionPolicies(),
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } }),
  ]);
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  const s = arrears.status;
  const suggestion = suggestActions(s, escalationPolicy);
  const { loan } = c;
  return {
    id: c.id,
    status: c.status,
    open: c.status === "OPEN",
    statusLabel: CASE_STATUS_LABELS[c.status],
    openedOn: fromDateColumn(c.openedOn),
    closedOn: c.closedOn ? fromDateColumn(c.closedOn) : null,
    overduePeriodsAtOpen: c.overduePeriodsAtOpen,
    collector: c.collector ? { id: c.collector.id, name: c.collector.displayName } : null,
    loan: {
      loanNo: loan.loanNo,
      contractNo: loan.contracts[0]?.contractNo ?? null,
      principal: displayYuan(loan.principal),
      outstanding: displayYuan(loan.outstandingPrincipal),
      annualRate: `${loan.annualRatePercent.toFixed(3)}%`,
      termMonths: loan.termMonths,
      statusLabel: LOAN_STATUS_LABELS[loan.status],
      firstDueDate: loan.firstDueDate ? fromDateColumn(loan.firstDueDate) : null,
      address: loan.unit.address,
    },
    borrower: {
      name: loan.borrower.name,
      idNumber: loan.borrower.idNumber,
      phone: loan.borrower.phone,
      employer: loan.borrower.employer
        ? { name: loan.borrower.employer.name, phone: loan.borrower.employer.contactPhone, address: loan.borrower.employer.address }
        : null,
    },
    coBorrower: loan.coBorrower,
    arrears: {
      businessDate,
      overduePeriods: s.overduePeriods,
      consecutiveOverduePeriods: s.consecutiveOverduePeriods,
      daysOverdue: s.daysOverdue,
      overduePrincipal: displayYuan(s.overduePrincipal),
      overdueInterest: displayYuan(s.overdueInterest),
      penaltyOwed: displayYuan(arrears.penaltyOwed),
      totalDue: displayYuan(arrears.totalDue),
      installments: arrears.overdueInstallments.map((i) => ({
        ...i,
        principal: displayYuan(i.principal),
        interest: displayYuan(i.interest),
        total: displayYuan(i.total),
      })),
    },
    escalation: {
      tierLabel: suggestion.tier?.label ?? null,
      actions: markDone(
        suggestion,
        c.contacts.map((x) => x.kind),
      ),
    },
    contacts: c.contacts.map((x) => ({
      id: x.id,
      kindLabel: CONTACT_KIND_LABELS[x.kind],
      at: formatShanghaiDateTime(x.contactedAt),
      party: x.party,
      outcome: x.outcome,
      promisedAmount: x.promisedAmount ? displayYuan(x.promisedAmount) : null,
      promisedDate: x.promisedDate ? fromDateColumn(x.promisedDate) : null,
      note: x.note,
      by: names.get(x.createdById) ?? "—",
    })),
    guarantors: c.guarantors.map((g) => ({ id: g.id, name: g.name, phone: g.phone, relation: g.relation, address: g.address })),
    notices: c.notices.map((n) => ({
      noticeNo: n.noticeNo,
      issuedOn: fromDateColumn(n.issuedOn),
      payBy: fromDateColumn(n.payBy),
      totalDue: displayYuan(n.totalDue),
      issuedBy: names.get(n.issuedById) ?? "—",
      readAt: n.readAt ? formatShanghaiDateTime(n.readAt) : null,
    })),
  };
}
