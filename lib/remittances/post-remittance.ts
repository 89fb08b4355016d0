import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { money, sumMoney } from "@/lib/money";
import { recordAudit } from "@/lib/audit/record-audit";
import { dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { inTransaction } from "@/lib/db/transaction";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { backPaymentQueued } from "@/lib/notifications/queue-events";
import { fundSettings } from "@/lib/accounts/fund-settings";
import { rateBounds } from "@/lib/employers/rate-bounds-store";
import { contributionYearStart } from "@/lib/remittances/contribution-year";
import { BACK_PAY_REASON_MAX, currentMonth, isBackPayment, monthOfInstant, newPaymentReference } from "@/lib/remittances/back-payment";
import { CSV_MESSAGES, parseCsv } from "@/lib/remittances/csv";
import { checkHeader, checkRows, toRows, type RemittanceRow, type RowError, type ValidRow } from "@/lib/remittances/row-rules";

export type PostRemittanceResult =
  | {
      ok: true;
      remittanceId: string;
      status: "PENDING_PAYMENT" | "AWAITING_APPROVAL";
      paymentReference: string;
      rowCount: number;
      employerTotal: string;
      personalTotal: string;
      total: string;
    }
  | { ok: false; errors: RowError[] };

export type PostRemittanceOptions = {
  /** An EMPLOYER_AGENT acting for `employerId`. */
  actor: Actor;
  employerId: string;
  /** "YYYY-MM-01" */
  month: string;
  /** Required for a back payment (补缴: a month before the current one). */
  backPayReason?: string | null;
  now?: Date;
} & ({ source: "CSV"; file: Uint8Array } | { source: "SCREEN"; rows: RemittanceRow[] });

/** Rows of a file, or its problems, before any database work. */
function readFile(file: Uint8Array): { rows: RemittanceRow[]; errors: RowError[] } {
  const parsed = parseCsv(file);
  if (!parsed.ok) return { rows: [], errors: [{ row: parsed.line ?? 1, column: "文件", reason: CSV_MESSAGES[parsed.problem] }] };
  const [header, ...data] = parsed.rows as [string[], ...string[][]];
  const headerErrors = checkHeader(header);
  if (headerErrors.length) return { rows: [], errors: headerErrors };
  if (data.length === 0) return { rows: [], errors: [{ row: 2, column: "文件", reason: "文件中没有职工数据行" }] };
  return toRows(data);
}

/**
 * Submits one employer's monthly remittance (汇缴申报). Every row is checked first; a file with any
 * bad row writes nothing and returns every problem (row, column, reason). A valid file writes, in
 * one transaction, the Remittance with its payment reference (付款附言), one held line per row,
 * the year's rate pair (fixed by the first remittance of the year) and the audit entry. No balance
 * changes here: the money is credited only when the bank's receipt for the reference and the exact
 * total is imported (importRemittanceReceipts). A back payment (a month before the current one)
 * needs a reason and waits for staff approval (decideBackPayment) before it can be credited.
 * Errors: FORBIDDEN_ROLE, FORBIDDEN_EMPLOYER, MONTH_IN_FUTURE (month), MONTH_BEFORE_REGISTRATION
 * (month), BACK_PAY_REASON_REQUIRED / BACK_PAY_REASON_TOO_LONG (backPayReason),
 * MONTH_ALREADY_POSTED (month).
 */
export async function postRemittance(opts: PostRemittanceOptions): Promise<PostRemittanceResult> {
  requireActorRole(opts.actor, "EMPLOYER_AGENT");
  const now = opts.now ?? new Date();
  if (opts.month > currentMonth(now)) throw new DomainError("MONTH_IN_FUTURE", { field: "month" });
  const backPay = isBackPayment(opts.month, now);
  const reason = opts.backPayReason?.trim() ?? "";
  if (backPay && reason === "") throw new DomainError("BACK_PAY_REASON_REQUIRED", { field: "backPayReason" });
  if (backPay && reason.length > BACK_PAY_REASON_MAX) throw new DomainError("BACK_PAY_REASON_TOO_LONG", { field: "backPayReason" });
  const read = opts.source === "CSV" ? readFile(opts.file) : { rows: opts.rows, errors: [] };
  const fileSha256 = opts.source === "CSV" ? createHash("sha256").update(opts.file).digest("hex") : null;
  return inTransaction(
    async (tx) => {
      const agent = await tx.user.findUnique({ where: { id: opts.actor.userId }, select: { employerId: true, active: true } });
      if (!agent?.active || agent.employerId !== opts.employerId) throw new DomainError("FORBIDDEN_EMPLOYER");
      const employer = await tx.employer.findUniqueOrThrow({ where: { id: opts.employerId }, select: { createdAt: true } });
      if (opts.month < monthOfInstant(employer.createdAt))
        throw new DomainError("MONTH_BEFORE_REGISTRATION", { field: "month", details: { registered: monthOfInstant(employer.createdAt) } });
      const live = await tx.remittance.findUnique({
        where: { employerId_month_retiredSeq: { employerId: opts.employerId, month: dateColumn(opts.month), retiredSeq: 0 } },
        select: { id: true },
      });
      if (live) throw new DomainError("MONTH_ALREADY_POSTED", { field: "month" });
      const { valid, errors } = await checkAgainstDb(tx, opts, read.rows);
      const all = [...read.errors, ...errors].sort((a, b) => a.row - b.row);
      if (all.length) return { ok: false as const, errors: all };
      return { ok: true as const, ...(await writeRemittance(tx, opts, valid, now, fileSha256, backPay ? reason : null)) };
    },
    { timeoutMs: 120_000, onUnique: () => new DomainError("MONTH_ALREADY_POSTED", { field: "month" }) },
  );
}

async function checkAgainstDb(tx: Tx, opts: PostRemittanceOptions, rows: RemittanceRow[]) {
  const settings = await fundSettings(tx);
  const yearStart = contributionYearStart(opts.month);
  const rate = await tx.employerRate.findUnique({ where: { employerId_yearStart: { employerId: opts.employerId, yearStart } } });
  // The rates the employer keeps when the bounds change: the year's, else its latest earlier year's.
  const kept =
    rate ??
    (await tx.employerRate.findFirst({
      where: { employerId: opts.employerId, yearStart: { lt: yearStart } },
      orderBy: { yearStart: "desc" },
    }));
  const idNumbers = [...new Set(rows.map((r) => r.idNumber.trim().toUpperCase()))];
  // This employer's own accounts: only these take a row's contribution.
  const found = await tx.$queryRaw<
    { idNumber: string; accountId: string; status: string; openedMonth: string; postedThisMonth: boolean }[]
  >`
    SELECT d."idNumber", a.id AS "accountId", a.status::text AS status, to_char(a."openedOn", 'YYYY-MM-01') AS "openedMonth",
           EXISTS (SELECT 1 FROM "Contribution" c WHERE c."accountId" = a.id AND c.month = ${opts.month}::date) AS "postedThisMonth"
      FROM "Depositor" d JOIN "DepositAccount" a ON a."depositorId" = d.id
     WHERE d."idNumber" = ANY (${idNumbers}::text[]) AND a."employerId" = ${opts.employerId}`;
  const accounts = new Map(found.map(({ idNumber, ...account }) => [idNumber, account]));
  // Accounts still NORMAL at another employer: the row check names them only to a row with the
  // registered name (row-rules.ts, as the hire form does), so the agent learns to have them moved.
  const elsewhere = await tx.$queryRaw<{ idNumber: string; name: string }[]>`
    SELECT d."idNumber", d.name FROM "Depositor" d JOIN "DepositAccount" a ON a."depositorId" = d.id
     WHERE d."idNumber" = ANY (${idNumbers}::text[]) AND a."employerId" <> ${opts.employerId} AND a.status = 'NORMAL'`;
  return checkRows(rows, {
    minBase: settings.minimumWage,
    maxBase: settings.maxBase,
    yearRates: rate ? { employer: rate.employerRatePercent.toString(), personal: rate.personalRatePercent.toString() } : null,
    accounts,
    activeElsewhere: new Map(elsewhere.map((e) => [e.idNumber, e.name])),
    month: opts.month,
    rateBounds: await rateBounds(tx, todayInShanghai(opts.now)),
    keptRates: kept ? { employer: kept.employerRatePercent.toString(), personal: kept.personalRatePercent.toString() } : null,
  });
}

async function writeRemittance(
  tx: Tx,
  opts: PostRemittanceOptions,
  rows: ValidRow[],
  now: Date,
  fileSha256: string | null,
  backPayReason: string | null,
) {
  const employerTotal = sumMoney(rows.map((r) => r.employerAmount));
  const personalTotal = sumMoney(rows.map((r) => r.personalAmount));
  const total = employerTotal.plus(personalTotal);
  const first = rows[0]!;
  const yearStart = contributionYearStart(opts.month);
  await tx.employerRate.upsert({
    where: { employerId_yearStart: { employerId: opts.employerId, yearStart } },
    create: { employerId: opts.employerId, yearStart, employerRatePercent: first.employerRate, personalRatePercent: first.personalRate },
    update: {},
  });
  const status = backPayReason === null ? ("PENDING_PAYMENT" as const) : ("AWAITING_APPROVAL" as const);
  // Created first: a concurrent posting of the same month waits on this unique key, then fails.
  const remittance = await tx.remittance.create({
    data: {
      employerId: opts.employerId,
      month: dateColumn(opts.month),
      rowCount: rows.length,
      employerTotal: employerTotal.toFixed(2),
      personalTotal: personalTotal.toFixed(2),
      total: total.toFixed(2),
      source: opts.source,
      fileSha256,
      postedById: opts.actor.userId,
      postedAt: now,
      status,
      paymentReference: newPaymentReference(opts.month),
      backPayReason,
    },
  });
  const payload = JSON.stringify(
    rows.map((r, i) => ({
      lid: `${remittance.id}-${i + 1}`,
      aid: r.accountId,
      base: money(r.base).toFixed(2),
      ea: r.employerAmount,
      pa: r.personalAmount,
    })),
  );
  // Held lines, one statement; the line id later becomes the Contribution id and the ledger reference.
  await tx.$executeRaw`
    INSERT INTO "RemittanceLine" (id, "remittanceId", "accountId", base, "employerAmount", "personalAmount")
    SELECT t.lid, ${remittance.id}, t.aid, t.base, t.ea, t.pa
      FROM jsonb_to_recordset(${payload}::jsonb) AS t(lid text, aid text, base numeric, ea numeric, pa numeric)`;
  await recordAudit(tx, {
    actorId: opts.actor.userId,
    action: "REMITTANCE_SUBMITTED",
    entityType: "Remittance",
    entityId: remittance.id,
    toState: status,
    detail: {
      employerId: opts.employerId,
      month: opts.month,
      rows: rows.length,
      total: total.toFixed(2),
      source: opts.source,
      paymentReference: remittance.paymentReference,
      backPayReason,
    },
  });
  if (status === "AWAITING_APPROVAL") await backPaymentQueued(tx, { remittanceId: remittance.id, now });
  return {
    remittanceId: remittance.id,
    status,
    paymentReference: remittance.paymentReference!,
    rowCount: rows.length,
    employerTotal: employerTotal.toFixed(2),
    personalTotal: personalTotal.toFixed(2),
    total: total.toFixed(2),
  };
}
