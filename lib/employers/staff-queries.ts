import "server-only";
import { db } from "@/lib/db";
import { displayYuan } from "@/lib/money";
import { fromDateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { ACCOUNT_STATUS_LABELS } from "@/lib/accounts/labels";
import { contributionYearStart } from "@/lib/remittances/contribution-year";
import { CHANNEL_LABELS, RATE_CHANGE_STATUS_LABELS, STAFF_CHANGE_KIND_LABELS, STAFF_CHANGE_STATUS_LABELS } from "@/lib/employers/labels";
import { boundsText } from "@/lib/employers/rate-bounds";
import { rateBounds } from "@/lib/employers/rate-bounds-store";

export type StaffRowDto = {
  accountId: string;
  accountNo: string;
  name: string;
  /** Masked: 3201**********1234. */
  idNumber: string;
  status: "NORMAL" | "SEALED" | "CLOSED";
  statusLabel: string;
  openedOn: string;
  base: string;
  /** A recorded leave's seal date. */
  sealOn: string | null;
  /** That pending leave (StaffChange id), for 撤销减员. */
  leaveId: string | null;
};

const mask = (idNumber: string) => `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`;

/** The employer's accounts (not closed), NORMAL first, with a pending leave's seal date. */
export async function listStaff(employerId: string): Promise<StaffRowDto[]> {
  const accounts = await db.depositAccount.findMany({
    where: { employerId, status: { not: "CLOSED" } },
    orderBy: [{ status: "asc" }, { accountNo: "asc" }],
    select: {
      id: true,
      accountNo: true,
      status: true,
      openedOn: true,
      contributionBase: true,
      depositor: { select: { name: true, idNumber: true } },
      staffChanges: { where: { kind: "LEAVE", status: "PENDING" }, select: { sealOn: true, id: true }, take: 1 },
    },
  });
  return accounts.map((a) => ({
    accountId: a.id,
    accountNo: a.accountNo,
    name: a.depositor.name,
    idNumber: mask(a.depositor.idNumber),
    status: a.status,
    statusLabel: ACCOUNT_STATUS_LABELS[a.status],
    openedOn: fromDateColumn(a.openedOn),
    base: displayYuan(a.contributionBase),
    sealOn: a.staffChanges[0]?.sealOn ? fromDateColumn(a.staffChanges[0].sealOn) : null,
    leaveId: a.staffChanges[0]?.id ?? null,
  }));
}

export type StaffChangeDto = {
  id: string;
  kind: string;
  name: string;
  accountNo: string;
  effectiveOn: string;
  status: string;
  channel: string;
  detail: string;
  recordedAt: string;
};

/** The employer's latest employee changes (增员、减员、封存、启封). */
export async function listStaffChanges(employerId: string, take = 30): Promise<StaffChangeDto[]> {
  const changes = await db.staffChange.findMany({
    where: { employerId },
    orderBy: { recordedAt: "desc" },
    take,
    include: { account: { select: { accountNo: true, depositor: { select: { name: true } } } }, fromEmployer: { select: { name: true } } },
  });
  return changes.map((c) => ({
    id: c.id,
    kind: STAFF_CHANGE_KIND_LABELS[c.kind],
    name: c.account.depositor.name,
    accountNo: c.account.accountNo,
    effectiveOn: fromDateColumn(c.effectiveOn),
    status:
      c.kind === "LEAVE" && c.status === "PENDING" && c.sealOn ? `${fromDateColumn(c.sealOn)} 封存` : STAFF_CHANGE_STATUS_LABELS[c.status],
    channel: CHANNEL_LABELS[c.channel],
    detail: c.fromEmployer
      ? `由${c.fromEmployer.name}市内转入，余额 ${displayYuan(c.carriedBalance ?? 0)}`
      : (c.reason ?? (c.kind === "HIRE" ? "" : "")),
    recordedAt: formatShanghaiDateTime(c.recordedAt),
  }));
}

export type EmployerDetailDto = {
  id: string;
  name: string;
  creditCode: string;
  address: string;
  contactPhone: string;
  registeredAt: string;
  normalCount: number;
  sealedCount: number;
  rates: { year: string; employerRate: string; personalRate: string }[];
  rateBounds: string;
  agents: { id: string; loginName: string; displayName: string; active: boolean }[];
  rateChanges: {
    id: string;
    year: string;
    employerRate: string;
    personalRate: string;
    reason: string;
    status: string;
    pending: boolean;
    requestedById: string;
    requestedAt: string;
  }[];
};

const yearLabel = (yearStart: number) => `${yearStart}年7月—${yearStart + 1}年6月`;

/** One employer for the window: facts, rates by contribution year, agents, rate changes. */
export async function getEmployerDetail(employerId: string): Promise<EmployerDetailDto | null> {
  const employer = await db.employer.findUnique({
    where: { id: employerId },
    include: {
      rates: { orderBy: { yearStart: "desc" }, take: 4 },
      agents: {
        where: { roles: { has: "EMPLOYER_AGENT" } },
        orderBy: { loginName: "asc" },
        select: { id: true, loginName: true, displayName: true, active: true },
      },
      rateChanges: { orderBy: { requestedAt: "desc" }, take: 10 },
    },
  });
  if (!employer) return null;
  const [normalCount, sealedCount, bounds] = await Promise.all([
    db.depositAccount.count({ where: { employerId, status: "NORMAL" } }),
    db.depositAccount.count({ where: { employerId, status: "SEALED" } }),
    rateBounds(db),
  ]);
  return {
    id: employer.id,
    name: employer.name,
    creditCode: employer.creditCode,
    address: employer.address,
    contactPhone: employer.contactPhone,
    registeredAt: formatShanghaiDateTime(employer.createdAt).slice(0, 10),
    normalCount,
    sealedCount,
    rates: employer.rates.map((r) => ({
      year: yearLabel(r.yearStart),
      employerRate: `${r.employerRatePercent.toFixed(2)}%`,
      personalRate: `${r.personalRatePercent.toFixed(2)}%`,
    })),
    rateBounds: boundsText(bounds),
    agents: employer.agents,
    rateChanges: employer.rateChanges.map((c) => ({
      id: c.id,
      year: yearLabel(c.yearStart),
      employerRate: `${c.employerRatePercent.toFixed(2)}%`,
      personalRate: `${c.personalRatePercent.toFixed(2)}%`,
      reason: c.reason,
      status: RATE_CHANGE_STATUS_LABELS[c.status],
      pending: c.status === "PENDING",
      requestedById: c.requestedById,
      requestedAt: formatShanghaiDateTime(c.requestedAt),
    })),
  };
}

/** The current contribution year's label, for the rate change form. */
export function currentContributionYear(): { current: string; next: string } {
  const y = contributionYearStart(todayInShanghai());
  return { current: yearLabel(y), next: yearLabel(y + 1) };
}

/** "5% 至 12%": the stored contribution rate bounds, for form labels. */
export async function getRateBoundsText(): Promise<string> {
  return boundsText(await rateBounds(db));
}

/** Leaves waiting for their month-end seal, oldest seal date first. */
export async function listPendingLeaves(
  take = 50,
): Promise<{ id: string; employer: string; name: string; accountNo: string; sealOn: string }[]> {
  const leaves = await db.staffChange.findMany({
    where: { kind: "LEAVE", status: "PENDING" },
    orderBy: [{ sealOn: "asc" }, { recordedAt: "asc" }],
    take,
    include: { employer: { select: { name: true } }, account: { select: { accountNo: true, depositor: { select: { name: true } } } } },
  });
  return leaves.map((l) => ({
    id: l.id,
    employer: l.employer.name,
    name: l.account.depositor.name,
    accountNo: l.account.accountNo,
    sealOn: l.sealOn ? fromDateColumn(l.sealOn) : "",
  }));
}
