import { db, type Tx } from "@/lib/db";
import { addMonthsClamped, fromDateColumn, parseIsoDate } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RepaymentMethod } from "@/lib/generated/prisma/enums";
import type { LoanPolicyRules } from "@/lib/loans/policy";
import { currentLoanPolicy } from "@/lib/loans/policy-store";
import { buildSchedule, installmentDueDate } from "@/lib/loans/schedule";
import { loanDueDateRule, type DueDateOf } from "@/lib/loans/due-date-rule";

export type RepriceLoansInput = {
  /** Must be 1 January (YYYY-01-01). */
  effectiveDate: string;
  /** Loans per transaction; memory stays bounded by one chunk's schedules. */
  chunkSize?: number;
  actorLabel?: string;
  onChunk?: (progress: { loansRepriced: number }) => void;
};

export type RepriceLoansResult = { effectiveDate: string; policyVersion: number; loansRepriced: number; installmentsRebuilt: number };

/**
 * Repricing on 1 January (每年1月1日按新利率调整). For every ACTIVE or OVERDUE loan whose contract rate
 * differs from the current policy's rate for its first-home flag and its ORIGINAL term bracket
 * (policy.ts annualRateFor: ≤ 60 months or more, by Loan.termMonths as signed):
 * - the installments from fromSeq on are rebuilt with buildSchedule at the new rate, for their
 *   principal (the scheduled balance) and their count, on the loan's own due days (rows updated in
 *   place: same seqs, same due dates); fromSeq is the
 *   first installment due on or after the effective date, or later when installments were paid
 *   ahead (nothing paid is ever rewritten). Installments due before it — overdue ones included —
 *   keep the rate they were billed at. The first rebuilt installment bears the new rate for its
 *   whole month. Loans with nothing left to rebuild are skipped (no row, rate unchanged).
 * - Loan.annualRatePercent becomes the new rate (version + 1); a LoanRepricing row (unique loanId +
 *   effectiveDate) and an audit entry LOAN_REPRICED per loan are written in the same transaction.
 * Chunked: `chunkSize` loans (default 1,000) per transaction, walked by id, so a million loans never
 * sit in memory and a killed run resumes where it stopped: a rerun skips loans already repriced for
 * the date (and loans already at the policy rate), so it changes nothing. Cost: buildSchedule runs
 * in Node, about 5 ms per 240-month loan on an idle core, so repricing a whole book of a million
 * loans takes on the order of an hour or two — run it as the 1 January job, not on a hot path.
 * Errors: INVALID_DATE, REPRICING_DATE_NOT_JAN_1 (field effectiveDate).
 */
export async function repriceLoans(input: RepriceLoansInput): Promise<RepriceLoansResult> {
  const { effectiveDate } = input;
  let parts: { month: number; day: number };
  try {
    parts = parseIsoDate(effectiveDate);
  } catch {
    throw new DomainError("INVALID_DATE", { field: "effectiveDate", details: { effectiveDate } });
  }
  if (parts.month !== 1 || parts.day !== 1)
    throw new DomainError("REPRICING_DATE_NOT_JAN_1", { field: "effectiveDate", details: { effectiveDate } });
  const policy = await currentLoanPolicy(db);
  const rate = policyRateSql(policy.rules);
  const chunkSize = input.chunkSize ?? 1000;
  const result: RepriceLoansResult = { effectiveDate, policyVersion: policy.version, loansRepriced: 0, installmentsRebuilt: 0 };
  let cursor = "";
  for (;;) {
    const ids = await db.$queryRaw<{ id: string }[]>`
      SELECT l.id FROM "Loan" l
       WHERE l.id > ${cursor} AND ${needsRepricingSql(rate, effectiveDate)}
       ORDER BY l.id LIMIT ${chunkSize}`;
    if (ids.length === 0) break;
    cursor = ids.at(-1)!.id;
    const done = await db.$transaction(
      (tx) =>
        repriceChunk(
          tx,
          ids.map((r) => r.id),
          { effectiveDate, rate, policyVersion: policy.version, actorLabel: input.actorLabel ?? "batch" },
        ),
      { maxWait: 30_000, timeout: 10 * 60_000 },
    );
    result.loansRepriced += done.loans;
    result.installmentsRebuilt += done.installments;
    input.onChunk?.({ loansRepriced: result.loansRepriced });
  }
  return result;
}

/** The current policy rate of loan row "l", as SQL: first home or not × term ≤ 60 months or not. */
function policyRateSql(rules: LoanPolicyRules): Prisma.Sql {
  const { firstHome, secondHome } = rules.rates;
  return Prisma.sql`(CASE WHEN l."isFirstHome"
      THEN CASE WHEN l."termMonths" <= 60 THEN ${firstHome.upTo5Years}::numeric ELSE ${firstHome.over5Years}::numeric END
      ELSE CASE WHEN l."termMonths" <= 60 THEN ${secondHome.upTo5Years}::numeric ELSE ${secondHome.over5Years}::numeric END END)`;
}

function needsRepricingSql(rate: Prisma.Sql, effectiveDate: string): Prisma.Sql {
  return Prisma.sql`l.status IN ('ACTIVE'::"LoanStatus", 'OVERDUE'::"LoanStatus") AND l."annualRatePercent" <> ${rate}
    AND NOT EXISTS (SELECT 1 FROM "LoanRepricing" p WHERE p."loanId" = l.id AND p."effectiveDate" = ${effectiveDate}::date)`;
}

type ChunkRow = {
  id: string;
  loanNo: string;
  fromRate: string;
  toRate: string;
  method: RepaymentMethod;
  firstDueDate: Date;
  policyVersion: number | null;
  fromSeq: number;
  count: number;
  principal: string;
};

type ChunkOptions = { effectiveDate: string; rate: Prisma.Sql; policyVersion: number; actorLabel: string };

/** One transaction: lock and re-check the chunk's loans, rebuild their tails, record and audit. */
async function repriceChunk(tx: Tx, ids: string[], opts: ChunkOptions): Promise<{ loans: number; installments: number }> {
  const { effectiveDate } = opts;
  await tx.$executeRaw`SELECT 1 FROM "Loan" WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
  const rows = await tx.$queryRaw<ChunkRow[]>`
    WITH loans AS (
      SELECT l.id, l."loanNo", l."annualRatePercent"::text AS "fromRate", (${opts.rate})::numeric(6, 3)::text AS "toRate", l.method, l."firstDueDate", l."policyVersion"
        FROM "Loan" l
       WHERE l.id = ANY(${ids}::text[]) AND l."firstDueDate" IS NOT NULL AND ${needsRepricingSql(opts.rate, effectiveDate)}),
    start AS (
      SELECT i."loanId",
             CASE WHEN min(i.seq) FILTER (WHERE i."dueDate" >= ${effectiveDate}::date) IS NULL THEN NULL
                  ELSE greatest(min(i.seq) FILTER (WHERE i."dueDate" >= ${effectiveDate}::date),
                                coalesce(max(i.seq) FILTER (WHERE i."paidPrincipal" > 0 OR i."paidInterest" > 0), 0) + 1) END AS "fromSeq"
        FROM "LoanInstallment" i JOIN loans ON loans.id = i."loanId"
       GROUP BY i."loanId")
    SELECT loans.*, s."fromSeq", count(*)::int AS count, sum(i.principal)::text AS principal
      FROM loans
      JOIN start s ON s."loanId" = loans.id
      JOIN "LoanInstallment" i ON i."loanId" = loans.id AND i.seq >= s."fromSeq"
     GROUP BY loans.id, loans."loanNo", loans."fromRate", loans."toRate", loans.method, loans."firstDueDate", loans."policyVersion", s."fromSeq"
    HAVING sum(i.principal) > 0
     ORDER BY loans.id`;
  if (rows.length === 0) return { loans: 0, installments: 0 };

  const cols = {
    loanId: [] as string[],
    seq: [] as string[],
    due: [] as string[],
    payment: [] as string[],
    principal: [] as string[],
    interest: [] as string[],
    balance: [] as string[],
  };
  // Each loan keeps its own policy version's rule for a due date on a holiday.
  const rules = new Map<number | null, DueDateOf>();
  for (const row of rows) if (!rules.has(row.policyVersion)) rules.set(row.policyVersion, await loanDueDateRule(tx, row.policyVersion));
  for (const row of rows) {
    const loanFirstDue = fromDateColumn(row.firstDueDate);
    const dueDateOf = rules.get(row.policyVersion)!;
    const schedule = buildSchedule({
      principal: row.principal,
      annualRatePercent: row.toRate,
      months: row.count,
      method: row.method,
      firstDueDate: addMonthsClamped(loanFirstDue, row.fromSeq - 1),
    });
    for (const i of schedule.installments) {
      const seq = i.seq + row.fromSeq - 1;
      cols.loanId.push(row.id);
      cols.seq.push(String(seq));
      // Re-dated from the loan's first due date, as prepayment does, so a 31st stays the 31st,
      // through the loan's due-date rule (a due date moved off a holiday stays moved).
      cols.due.push(installmentDueDate(loanFirstDue, seq, dueDateOf));
      cols.payment.push(i.payment);
      cols.principal.push(i.principal);
      cols.interest.push(i.interest);
      cols.balance.push(i.balanceAfter);
    }
  }
  const loanIds = rows.map((r) => r.id);
  const fromSeqs = rows.map((r) => r.fromSeq);
  // NOTE: the rebuilt tail keeps its seqs and due dates, so its rows are updated in place (no index
  // entry changes). Each column travels as one comma-joined text split in SQL: a chunk is a
  // quarter of a million rows, too many for array parameters to be cheap.
  const joined = (values: string[]) => values.join(",");
  await tx.$executeRaw`
    UPDATE "LoanInstallment" i
       SET "dueDate" = s.due::date, payment = s.payment::numeric, principal = s.principal::numeric,
           interest = s.interest::numeric, "balanceAfter" = s.balance::numeric
      FROM unnest(string_to_array(${joined(cols.loanId)}, ','), string_to_array(${joined(cols.seq)}, ','), string_to_array(${joined(cols.due)}, ','),
                  string_to_array(${joined(cols.payment)}, ','), string_to_array(${joined(cols.principal)}, ','),
                  string_to_array(${joined(cols.interest)}, ','), string_to_array(${joined(cols.balance)}, ','))
        AS s(loan, seq, due, payment, principal, interest, balance)
     WHERE i."loanId" = s.loan AND i.seq = s.seq::int AND i."paidPrincipal" = 0 AND i."paidInterest" = 0`;
  const toRates = rows.map((r) => r.toRate);
  const fromRates = rows.map((r) => r.fromRate);
  const loanNos = rows.map((r) => r.loanNo);
  await tx.$executeRaw`
    INSERT INTO "LoanRepricing" (id, "loanId", "effectiveDate", "fromRatePercent", "toRatePercent", "fromSeq", "policyVersion")
    SELECT gen_random_uuid()::text, t.id, ${effectiveDate}::date, t.from_rate::numeric, t.to_rate::numeric, t.s, ${opts.policyVersion}::int
      FROM unnest(${loanIds}::text[], ${fromRates}::text[], ${toRates}::text[], ${fromSeqs}::int[]) AS t(id, from_rate, to_rate, s)`;
  await tx.$executeRaw`
    UPDATE "Loan" l SET "annualRatePercent" = t.to_rate::numeric, version = l.version + 1
      FROM unnest(${loanIds}::text[], ${toRates}::text[]) AS t(id, to_rate)
     WHERE l.id = t.id`;
  await tx.$executeRaw`
    INSERT INTO "AuditEntry" ("actorLabel", action, "entityType", "entityId", "fromState", "toState", detail)
    SELECT ${opts.actorLabel}::text, 'LOAN_REPRICED', 'Loan', t.id, t.from_rate, t.to_rate,
           jsonb_build_object('loanNo', t.loan_no, 'effectiveDate', ${effectiveDate}::text, 'fromSeq', t.s, 'policyVersion', ${opts.policyVersion}::int)
      FROM unnest(${loanIds}::text[], ${loanNos}::text[], ${fromRates}::text[], ${toRates}::text[], ${fromSeqs}::int[]) AS t(id, loan_no, from_rate, to_rate, s)
     ORDER BY t.loan_no`;
  return { loans: rows.length, installments: cols.seq.length };
}
