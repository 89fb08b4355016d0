import { createHash, randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import { money, sumMoney } from "@/lib/money";
import { recordAudit } from "@/lib/audit/record-audit";
import { dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { fundSettings } from "@/lib/accounts/fund-settings";
import { contributionYearStart } from "@/lib/remittances/contribution-year";
import { CSV_MESSAGES, parseCsv } from "@/lib/remittances/csv";
import { checkHeader, checkRows, toRows, type RemittanceRow, type RowError, type ValidRow } from "@/lib/remittances/row-rules";

export type PostRemittanceResult =
  | { ok: true; remittanceId: string; rowCount: number; employerTotal: string; personalTotal: string; total: string }
  | { ok: false; errors: RowError[] };

export type PostRemittanceOptions = {
  employerId: string;
  /** "YYYY-MM-01" */
  month: string;
  actorId: string;
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
 * Posts one employer's monthly remittance (汇缴). Every row is checked first; a file with any bad
 * row posts nothing and returns every problem (row, column, reason). A valid file posts all rows
 * in one transaction: Contribution rows, a CONTRIBUTION ledger entry with the running balance per
 * account, the balances, the year's rate pair (fixed by the first remittance of the year), the
 * Remittance record and its audit entry.
 * Errors: MONTH_IN_FUTURE (field month), MONTH_ALREADY_POSTED (field month).
 */
export async function postRemittance(opts: PostRemittanceOptions): Promise<PostRemittanceResult> {
  const now = opts.now ?? new Date();
  if (opts.month > `${todayInShanghai(now).slice(0, 7)}-01`) throw new DomainError("MONTH_IN_FUTURE", { field: "month" });
  const read = opts.source === "CSV" ? readFile(opts.file) : { rows: opts.rows, errors: [] };
  const fileSha256 = opts.source === "CSV" ? createHash("sha256").update(opts.file).digest("hex") : null;
  try {
    return await db.$transaction(
      async (tx) => {
        const done = await tx.remittance.findUnique({ where: { employerId_month: { employerId: opts.employerId, month: dateColumn(opts.month) } } });
        if (done) throw new DomainError("MONTH_ALREADY_POSTED", { field: "month" });
        const { valid, errors } = await checkAgainstDb(tx, opts, read.rows);
        const all = [...read.errors, ...errors].sort((a, b) => a.row - b.row);
        if (all.length) return { ok: false as const, errors: all };
        return { ok: true as const, ...(await writeRows(tx, opts, valid, now, fileSha256)) };
      },
      { maxWait: 20_000, timeout: 120_000 },
    );
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError("MONTH_ALREADY_POSTED", { field: "month" });
    }
    throw error;
  }
}

async function checkAgainstDb(tx: Tx, opts: PostRemittanceOptions, rows: RemittanceRow[]) {
  const settings = await fundSettings(tx);
  const yearStart = contributionYearStart(opts.month);
  const rate = await tx.employerRate.findUnique({ where: { employerId_yearStart: { employerId: opts.employerId, yearStart } } });
  const idNumbers = [...new Set(rows.map((r) => r.idNumber.trim().toUpperCase()))];
  const found = await tx.depositor.findMany({
    where: { idNumber: { in: idNumbers } },
    select: {
      idNumber: true,
      name: true,
      account: { select: { id: true, employerId: true, status: true, contributions: { where: { month: dateColumn(opts.month) }, select: { id: true } } } },
    },
  });
  const accounts = new Map(
    found
      .filter((d) => d.account)
      .map((d) => [d.idNumber, { accountId: d.account!.id, name: d.name, employerId: d.account!.employerId, status: d.account!.status, postedThisMonth: d.account!.contributions.length > 0 }]),
  );
  return checkRows(rows, {
    minBase: settings.minimumWage,
    maxBase: settings.maxBase,
    yearRates: rate ? { employer: rate.employerRatePercent.toString(), personal: rate.personalRatePercent.toString() } : null,
    accounts,
    employerId: opts.employerId,
  });
}

async function writeRows(tx: Tx, opts: PostRemittanceOptions, rows: ValidRow[], now: Date, fileSha256: string | null) {
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
      postedById: opts.actorId,
      postedAt: now,
    },
  });
  const payload = JSON.stringify(
    rows.map((r) => ({ cid: randomUUID(), aid: r.accountId, base: money(r.base).toFixed(2), ea: r.employerAmount, pa: r.personalAmount })),
  );
  const note = `${opts.month.slice(0, 4)}年${opts.month.slice(5, 7)}月汇缴`;
  const valueDate = todayInShanghai(now);
  // One statement: contributions, balances (row-locked by the UPDATE) and ledger entries carrying
  // the balance each account has after this posting.
  const posted = await tx.$executeRaw`
    WITH v AS (
      SELECT * FROM jsonb_to_recordset(${payload}::jsonb) AS t(cid text, aid text, base numeric, ea numeric, pa numeric)
    ), c AS (
      INSERT INTO "Contribution" (id, "accountId", "employerId", month, base, "employerAmount", "personalAmount", "postedAt")
      SELECT cid, aid, ${opts.employerId}, ${opts.month}::date, base, ea, pa, ${now} FROM v
    ), u AS (
      UPDATE "DepositAccount" a
         SET balance = a.balance + v.ea + v.pa, "contributionBase" = v.base,
             "employerRatePercent" = ${first.employerRate}::numeric, "personalRatePercent" = ${first.personalRate}::numeric,
             status = 'NORMAL', version = a.version + 1, "updatedAt" = ${now}
        FROM v
       WHERE a.id = v.aid AND a."employerId" = ${opts.employerId} AND a.status <> 'CLOSED'
      RETURNING a.id, a.balance, v.cid, v.ea + v.pa AS amount
    )
    INSERT INTO "LedgerEntry" ("accountId", kind, amount, "balanceAfter", "valueDate", "postedAt", reference, note)
    SELECT id, 'CONTRIBUTION', amount, balance, ${valueDate}::date, ${now}, cid, ${note} FROM u`;
  // An account closed or moved since the check: refuse the whole file rather than post part of it.
  if (posted !== rows.length) throw new DomainError("ACCOUNTS_CHANGED");
  await recordAudit(tx, {
    actorId: opts.actorId,
    action: "REMITTANCE_POSTED",
    entityType: "Remittance",
    entityId: remittance.id,
    toState: "POSTED",
    detail: { employerId: opts.employerId, month: opts.month, rows: rows.length, total: total.toFixed(2), source: opts.source },
  });
  return { remittanceId: remittance.id, rowCount: rows.length, employerTotal: employerTotal.toFixed(2), personalTotal: personalTotal.toFixed(2), total: total.toFixed(2) };
}
