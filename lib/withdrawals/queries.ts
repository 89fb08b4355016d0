import "server-only";
import { db } from "@/lib/db";
import type { WithdrawalStatus } from "@/lib/generated/prisma/enums";
import { displayYuan } from "@/lib/money";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { fromDateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { isLate } from "@/lib/withdrawals/deadline";
import { FLAG_KIND_LABELS, FLAG_STATUS_LABELS } from "@/lib/fraud/labels";
import { CLAIM_LABELS, FACT_FIELDS, REASON_RULES, isReasonCode, type ClaimField, type FactField } from "@/lib/withdrawals/reasons";

export const WITHDRAWAL_STATUS_LABELS: Record<WithdrawalStatus, string> = {
  SUBMITTED: "待审核",
  HELD: "风险核查中",
  APPROVED: "已批准，待支付",
  REJECTED: "不予批准",
  PAID: "已支付",
};

export type WithdrawalRowDto = {
  id: string;
  withdrawalNo: string;
  reason: string;
  amount: string;
  status: WithdrawalStatus;
  statusLabel: string;
  submittedAt: string;
  decideBy: string;
  late: boolean;
  holderName: string;
  channel: string;
};

type Row = {
  id: string;
  withdrawalNo: string;
  reasonCode: string;
  amount: { toString(): string };
  status: WithdrawalStatus;
  submittedAt: Date;
  decideBy: Date;
  decidedAt: Date | null;
  channel: string;
  depositor: { name: string };
};

const reasonLabel = (code: string) => (isReasonCode(code) ? `${code} ${REASON_RULES[code].label}` : code);

function toRow(w: Row, today: string): WithdrawalRowDto {
  const decideBy = fromDateColumn(w.decideBy);
  return {
    id: w.id,
    withdrawalNo: w.withdrawalNo,
    reason: reasonLabel(w.reasonCode),
    amount: displayYuan(w.amount),
    status: w.status,
    statusLabel: WITHDRAWAL_STATUS_LABELS[w.status],
    submittedAt: formatShanghaiDateTime(w.submittedAt),
    decideBy,
    late: isLate(decideBy, today, w.status !== "SUBMITTED"),
    holderName: w.depositor.name,
    channel: w.channel === "ONLINE" ? "网上" : "窗口",
  };
}

const rowSelect = {
  id: true,
  withdrawalNo: true,
  reasonCode: true,
  amount: true,
  status: true,
  submittedAt: true,
  decideBy: true,
  decidedAt: true,
  channel: true,
  depositor: { select: { name: true } },
} as const;

/** The citizen's own withdrawals, newest first. */
export async function listMyWithdrawals(depositorId: string): Promise<WithdrawalRowDto[]> {
  const rows = await db.withdrawal.findMany({ where: { depositorId }, orderBy: { submittedAt: "desc" }, take: 50, select: rowSelect });
  const today = todayInShanghai();
  return rows.map((r) => toRow(r, today));
}

/** Staff queue: open ones (held by a fraud check included) first, oldest deadline first, then recent settled ones. */
export async function listWithdrawalsForStaff(): Promise<{ open: WithdrawalRowDto[]; recent: WithdrawalRowDto[] }> {
  const today = todayInShanghai();
  const [open, recent] = await Promise.all([
    db.withdrawal.findMany({
      where: { status: { in: ["SUBMITTED", "HELD", "APPROVED"] } },
      orderBy: [{ decideBy: "asc" }, { submittedAt: "asc" }],
      take: 200,
      select: rowSelect,
    }),
    db.withdrawal.findMany({
      where: { status: { in: ["PAID", "REJECTED"] } },
      orderBy: { submittedAt: "desc" },
      take: 30,
      select: rowSelect,
    }),
  ]);
  return { open: open.map((r) => toRow(r, today)), recent: recent.map((r) => toRow(r, today)) };
}

const PRESENCE_LABELS: Record<string, string> = { ID_CARD: "读取身份证", PORTAL_CODE: "申请人确认码" };

export type WithdrawalDetailDto = WithdrawalRowDto & {
  version: number;
  idNumber: string;
  accountNo: string;
  balance: string;
  bankName: string;
  bankAccount: string;
  claim: { label: string; value: string }[];
  reviewNote: string | null;
  payoutRef: string | null;
  paidAt: string | null;
  /** How the citizen's presence was evidenced at the window (null online). */
  presence: string | null;
  payoutFailures: number;
  /** Maker, checker and payer, by name (null while not yet done). */
  submittedBy: string | null;
  decidedBy: string | null;
  paidBy: string | null;
  documents: {
    id: string;
    kind: string;
    label: string;
    filename: string;
    mime: string;
    size: number;
    sha256: string;
    sameHashElsewhere: number;
  }[];
  /** The fraud checks' findings on it (a HELD withdrawal has at least one open). */
  flags: { id: string; kind: string; reason: string; status: string }[];
};

const claimLabel = (key: string) => CLAIM_LABELS[key as ClaimField] ?? FACT_FIELDS[key as FactField]?.label ?? key;

/** One withdrawal for staff, with its documents and how often each file's hash appears elsewhere. */
export async function getWithdrawalForStaff(id: string): Promise<WithdrawalDetailDto | null> {
  const w = await db.withdrawal.findUnique({
    where: { id },
    select: {
      ...rowSelect,
      version: true,
      bankName: true,
      bankAccount: true,
      claim: true,
      reviewNote: true,
      payoutRef: true,
      paidAt: true,
      presence: true,
      payoutFailures: true,
      submittedById: true,
      decidedById: true,
      paidById: true,
      depositor: { select: { name: true, idNumber: true } },
      account: { select: { accountNo: true, balance: true } },
      documents: { select: { id: true, kind: true, filename: true, mime: true, size: true, sha256: true }, orderBy: { uploadedAt: "asc" } },
      fraudFlags: { select: { id: true, kind: true, reason: true, status: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!w) return null;
  const hashes = w.documents.map((d) => d.sha256);
  const dupes = await db.uploadedDocument.groupBy({
    by: ["sha256"],
    // NOT on a nullable column drops its NULL rows: the online loan materials (no withdrawal) count too.
    where: { sha256: { in: hashes }, OR: [{ withdrawalId: null }, { withdrawalId: { not: w.id } }] },
    _count: { _all: true },
  });
  const people = await db.user.findMany({
    where: { id: { in: [w.submittedById, w.decidedById, w.paidById].filter((x): x is string => !!x) } },
    select: { id: true, displayName: true },
  });
  const nameOf = (id: string | null) => (id ? (people.find((p) => p.id === id)?.displayName ?? null) : null);
  const rule = isReasonCode(w.reasonCode) ? REASON_RULES[w.reasonCode] : null;
  const claim = Object.entries((w.claim ?? {}) as Record<string, string>)
    .filter(([, v]) => v)
    .map(([k, v]) => ({ label: claimLabel(k), value: v }));
  return {
    ...toRow(w, todayInShanghai()),
    version: w.version,
    idNumber: w.depositor.idNumber,
    accountNo: w.account.accountNo,
    balance: displayYuan(w.account.balance),
    bankName: w.bankName,
    bankAccount: w.bankAccount,
    claim,
    reviewNote: w.reviewNote,
    payoutRef: w.payoutRef,
    paidAt: w.paidAt ? formatShanghaiDateTime(w.paidAt) : null,
    presence: w.presence ? (PRESENCE_LABELS[w.presence] ?? w.presence) : null,
    payoutFailures: w.payoutFailures,
    submittedBy: nameOf(w.submittedById),
    decidedBy: nameOf(w.decidedById),
    paidBy: nameOf(w.paidById),
    documents: w.documents.map((d) => ({
      ...d,
      label: rule?.documents.find((r) => r.kind === d.kind)?.label ?? d.kind,
      sameHashElsewhere: dupes.find((x) => x.sha256 === d.sha256)?._count._all ?? 0,
    })),
    flags: w.fraudFlags.map((f) => ({ id: f.id, kind: FLAG_KIND_LABELS[f.kind], reason: f.reason, status: FLAG_STATUS_LABELS[f.status] })),
  };
}

/** A document's bytes for staff viewing (the withdrawal in the path must be the document's). */
export async function getDocumentBytes(withdrawalId: string, documentId: string) {
  return db.uploadedDocument.findFirst({
    where: { id: documentId, withdrawalId },
    select: { filename: true, mime: true, bytes: true, sha256: true },
  });
}
