import { fromDateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";

/**
 * Every table's rows (all columns, ids and timestamps included) as one digest per table: equal
 * digests before and after a rerun mean the rerun changed nothing anywhere.
 */
export async function databaseDigest(exclude: readonly string[] = []): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const digest: Record<string, string> = {};
  for (const { name } of tables) {
    if (exclude.includes(name)) continue;
    const rows = await db.$queryRawUnsafe<{ n: number; md5: string }[]>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5 FROM "${name}" t`,
    );
    digest[name] = `${rows[0]!.n}:${rows[0]!.md5}`;
  }
  return digest;
}

const money = (v: { toFixed(n: number): string } | null) => (v === null ? null : v.toFixed(2));

/**
 * Everything the batch writes, keyed by business identifiers (loanNo, seq, accountNo, loginName)
 * instead of generated ids or clocks, so a replayed scenario can be compared with a clean one.
 * Audit rows count only after `sinceAuditId` (the audit log is append-only).
 */
export async function batchSnapshot(sinceAuditId = BigInt(0)) {
  const loanNo = new Map((await db.loan.findMany({ select: { id: true, loanNo: true } })).map((l) => [l.id, l.loanNo]));
  const loans = await db.loan.findMany({
    orderBy: { loanNo: "asc" },
    select: {
      loanNo: true,
      status: true,
      overduePeriods: true,
      consecutiveOverduePeriods: true,
      version: true,
      outstandingPrincipal: true,
      penaltyPaid: true,
      paidOffAt: true,
    },
  });
  const installments = await db.loanInstallment.findMany({ orderBy: [{ loan: { loanNo: "asc" } }, { seq: "asc" }] });
  const penalties = await db.penaltyPosting.findMany({ orderBy: [{ loan: { loanNo: "asc" } }, { businessDate: "asc" }] });
  const cases = await db.collectionCase.findMany({
    orderBy: [{ loan: { loanNo: "asc" } }, { openedOn: "asc" }],
    include: { collector: { select: { loginName: true } } },
  });
  const repayments = await db.repayment.findMany({ orderBy: { repaymentNo: "asc" }, include: { loan: { select: { loanNo: true } } } });
  const deductions = await db.bankDeduction.findMany({ orderBy: [{ loan: { loanNo: "asc" } }, { businessDate: "asc" }] });
  const ledger = await db.ledgerEntry.findMany({
    where: { kind: "LOAN_REPAYMENT" },
    orderBy: { id: "asc" },
    include: { account: { select: { accountNo: true } } },
  });
  const accounts = await db.depositAccount.findMany({
    orderBy: { accountNo: "asc" },
    select: { accountNo: true, balance: true, version: true },
  });
  const cards = await db.simulatedBankAccount.findMany({ orderBy: { accountNo: "asc" }, select: { accountNo: true, balance: true } });
  const stats = await db.overdueDailyStat.findMany({ orderBy: { businessDate: "asc" }, omit: { createdAt: true } });
  const mortgages = await db.mortgage.findMany({
    orderBy: { registrationNo: "asc" },
    select: { registrationNo: true, status: true, releaseNo: true, releasedAt: true },
  });
  const releaseCases = await db.case.findMany({
    where: { matters: { some: { kind: "MORTGAGE_RELEASE" } } },
    orderBy: { caseNo: "asc" },
    select: { caseNo: true, status: true, channel: true },
  });
  const runs = await db.batchRun.findMany({
    orderBy: { businessDate: "asc" },
    select: { businessDate: true, status: true, step: true, counts: true },
  });
  const audits = await db.auditEntry.findMany({
    where: { id: { gt: sinceAuditId } },
    orderBy: { id: "asc" },
    select: { actorLabel: true, action: true, entityType: true, detail: true, fromState: true, toState: true },
  });
  return JSON.parse(
    JSON.stringify({
      loans: loans.map((l) => ({
        ...l,
        outstandingPrincipal: money(l.outstandingPrincipal),
        penaltyPaid: money(l.penaltyPaid),
        paidOff: l.paidOffAt !== null,
        paidOffAt: undefined,
      })),
      installments: installments.map((i) => ({
        loan: loanNo.get(i.loanId),
        seq: i.seq,
        status: i.status,
        paidPrincipal: money(i.paidPrincipal),
        paidInterest: money(i.paidInterest),
        paidAmount: money(i.paidAmount),
        paidOn: i.paidOn && fromDateColumn(i.paidOn),
      })),
      penalties: penalties.map((p) => ({
        loan: loanNo.get(p.loanId),
        date: fromDateColumn(p.businessDate),
        base: money(p.base),
        rate: p.ratePercent.toFixed(4),
        amount: money(p.amount),
      })),
      cases: cases.map((c) => ({
        loan: loanNo.get(c.loanId),
        status: c.status,
        open: c.openKey !== null,
        openedOn: fromDateColumn(c.openedOn),
        closedOn: c.closedOn && fromDateColumn(c.closedOn),
        atOpen: c.overduePeriodsAtOpen,
        collector: c.collector?.loginName ?? null,
      })),
      repayments: repayments.map((r) => ({
        no: r.repaymentNo,
        loan: r.loan.loanNo,
        kind: r.kind,
        source: r.source,
        date: fromDateColumn(r.businessDate),
        amount: money(r.amount),
        buckets: [r.penaltyInterest, r.overdueInterest, r.overduePrincipal, r.currentInterest, r.currentPrincipal].map(money),
        bankRef: r.bankRef,
        key: r.idempotencyKey,
        fund: r.accountId !== null,
      })),
      deductions: deductions.map((d) => ({
        loan: loanNo.get(d.loanId),
        date: fromDateColumn(d.businessDate),
        card: d.bankAccount,
        requested: money(d.requested),
        collected: money(d.collected),
        status: d.status,
        bankRef: d.bankRef,
        reason: d.failureReason,
      })),
      ledger: ledger.map((e) => ({
        account: e.account.accountNo,
        amount: money(e.amount),
        after: money(e.balanceAfter),
        date: fromDateColumn(e.valueDate),
        reference: e.reference,
        note: e.note,
      })),
      accounts: accounts.map((a) => ({ ...a, balance: money(a.balance) })),
      cards: cards.map((c) => ({ ...c, balance: money(c.balance) })),
      stats: stats.map((s) => ({ ...s, businessDate: fromDateColumn(s.businessDate) })),
      mortgages: mortgages.map((m) => ({ ...m, releasedAt: m.releasedAt !== null })),
      releaseCases,
      runs: runs.map((r) => ({ ...r, businessDate: fromDateColumn(r.businessDate) })),
      audits,
    }),
  ) as Record<string, unknown>;
}

export async function lastAuditId(): Promise<bigint> {
  const last = await db.auditEntry.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? BigInt(0);
}

/** Removes every loan and what the batch wrote (but the append-only audit log), to replay a scenario. */
export async function resetServicing() {
  await db.$executeRaw`DELETE FROM "CaseMatter" WHERE kind = 'MORTGAGE_RELEASE'`;
  await db.$executeRaw`DELETE FROM "Case" c WHERE NOT EXISTS (SELECT 1 FROM "CaseMatter" m WHERE m."caseId" = c.id)`;
  for (const table of [
    "CollectionCase",
    "PenaltyPosting",
    "BatchRun",
    "Repayment",
    "BankDeduction",
    "DeductionAuthorization",
    "OverdueDailyStat",
    "SimulatedBankAccount",
    "Mortgage",
    "LoanInstallment",
    "Loan",
  ]) {
    await db.$executeRawUnsafe(`DELETE FROM "${table}"`);
  }
  await db.$executeRaw`DELETE FROM "LedgerEntry" WHERE kind = 'LOAN_REPAYMENT'`;
  await db.$executeRaw`UPDATE "DepositAccount" SET balance = 0, version = 0`;
}
