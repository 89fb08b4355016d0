import "server-only";
import { db } from "@/lib/db";
import { displayYuan } from "@/lib/money";
import { formatMonth, formatShanghaiDateTime } from "@/lib/dates/business-day";
import { todayInShanghai } from "@/lib/dates/calendar";
import { bankPort } from "@/lib/bank/choose-bank";
import { RECEIPT_OUTCOME_LABELS, REMITTANCE_STATUS_LABELS } from "@/lib/remittances/messages";

export type PostedRemittanceDto = {
  id: string;
  month: string;
  rowCount: number;
  total: string;
  /** The amount to transfer, as typed into the simulated bank's form ("1234.50"). */
  totalPlain: string;
  source: string;
  postedAt: string;
  status: string;
  statusLabel: string;
  paymentReference: string | null;
  backPayReason: string | null;
  /** Why the last bank receipt was not credited, or the reviewer's reason for rejecting. */
  note: string | null;
  creditedAt: string | null;
  payable: boolean;
};

type RemittanceRow = Awaited<ReturnType<typeof db.remittance.findMany>>[number];

function toDto(r: RemittanceRow): PostedRemittanceDto {
  return {
    id: r.id,
    month: formatMonth(r.month),
    rowCount: r.rowCount,
    total: displayYuan(r.total),
    totalPlain: r.total.toFixed(2),
    source: r.source === "CSV" ? "文件上传" : "在线录入",
    postedAt: formatShanghaiDateTime(r.postedAt),
    status: r.status,
    statusLabel: REMITTANCE_STATUS_LABELS[r.status] ?? r.status,
    paymentReference: r.paymentReference,
    backPayReason: r.backPayReason,
    note: r.status === "REJECTED" ? r.decisionNote : r.status === "CREDITED" || r.status === "WITHDRAWN" ? null : r.mismatchReason,
    creditedAt: r.creditedAt ? formatShanghaiDateTime(r.creditedAt) : null,
    payable: r.status === "PENDING_PAYMENT" || r.status === "AWAITING_APPROVAL",
  };
}

/** The agent's own employer's remittances submitted through this system, newest first. */
export async function listPostedRemittances(employerId: string): Promise<PostedRemittanceDto[]> {
  const rows = await db.remittance.findMany({ where: { employerId }, orderBy: [{ month: "desc" }, { postedAt: "desc" }], take: 24 });
  return rows.map(toDto);
}

export type StaffRemittanceDto = PostedRemittanceDto & { employerName: string; creditCode: string };

/** Remittances not yet credited (awaiting approval or the bank receipt), oldest first, for staff. */
export async function listOpenRemittances(status?: "AWAITING_APPROVAL" | "PENDING_PAYMENT"): Promise<StaffRemittanceDto[]> {
  const rows = await db.remittance.findMany({
    where: { status: status ?? { in: ["AWAITING_APPROVAL", "PENDING_PAYMENT"] } },
    orderBy: { postedAt: "asc" },
    take: 200,
    include: { employer: { select: { name: true, creditCode: true } } },
  });
  return rows.map((r) => ({ ...toDto(r), employerName: r.employer.name, creditCode: r.employer.creditCode }));
}

export type ReceiptLineDto = {
  id: string;
  bankRef: string;
  reference: string;
  amount: string;
  payerName: string;
  receivedOn: string;
  outcome: string;
  reason: string | null;
  importedAt: string;
};

/** The latest imported receipt lines (到账回单), newest first, for staff. */
export async function listRecentReceipts(take = 50): Promise<ReceiptLineDto[]> {
  const rows = await db.remittanceReceipt.findMany({ orderBy: { importedAt: "desc" }, take });
  return rows.map((r) => ({
    id: r.id,
    bankRef: r.bankRef,
    reference: r.reference,
    amount: displayYuan(r.amount),
    payerName: r.payerName,
    receivedOn: r.receivedOn.toISOString().slice(0, 10),
    outcome: RECEIPT_OUTCOME_LABELS[r.outcome] ?? r.outcome,
    reason: r.reason,
    importedAt: formatShanghaiDateTime(r.importedAt),
  }));
}

export type EmployerArrearsDto = {
  id: string;
  name: string;
  creditCode: string;
  accounts: number;
  lastMonth: string | null;
  arrearMonths: string[];
};

/** The last month that should have been remitted by now: the month before the current one. */
export function lastDueMonth(today = todayInShanghai()): string {
  const [y, m] = today.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, "0")}-01`;
}

/**
 * Every employer with its arrears (欠缴): months from its first remittance up to the last month
 * due with no contribution posted, for staff at /window/employers.
 */
export async function listEmployerArrears(): Promise<EmployerArrearsDto[]> {
  const due = lastDueMonth();
  const rows = await db.$queryRaw<
    { id: string; name: string; creditCode: string; accounts: bigint; last: string | null; arrears: string[] | null }[]
  >`
    WITH posted AS (SELECT DISTINCT "employerId", month FROM "Contribution"),
    span AS (SELECT "employerId", min(month) AS first, max(month) AS last FROM posted GROUP BY "employerId")
    SELECT e.id, e.name, e."creditCode",
           (SELECT count(*) FROM "DepositAccount" a WHERE a."employerId" = e.id AND a.status = 'NORMAL') AS accounts,
           to_char(s.last, 'YYYY-MM') AS last,
           (SELECT array_agg(to_char(g, 'YYYY-MM') ORDER BY g)
              FROM generate_series(s.first, ${due}::date, interval '1 month') g
             WHERE NOT EXISTS (SELECT 1 FROM posted p WHERE p."employerId" = e.id AND p.month = g::date)) AS arrears
      FROM "Employer" e LEFT JOIN span s ON s."employerId" = e.id
     ORDER BY e.name`;
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    creditCode: r.creditCode,
    accounts: Number(r.accounts),
    lastMonth: r.last,
    arrearMonths: r.arrears ?? [],
  }));
}

/** Whether the bank port is the local simulator (the agent's page then offers a simulated transfer). */
export function bankIsSimulated(): boolean {
  return bankPort().name === "local";
}
