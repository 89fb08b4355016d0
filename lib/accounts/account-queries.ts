import "server-only";
import { db } from "@/lib/db";
import { displayYuan, money } from "@/lib/money";
import { formatMonth } from "@/lib/dates/business-day";
import { fromDateColumn } from "@/lib/dates/calendar";

export type ContributionHistoryRow = {
  id: string;
  month: string;
  employerName: string;
  base: string;
  employerAmount: string;
  personalAmount: string;
  total: string;
};

/** The citizen's own contribution history by month, newest first (up to `take` months). */
export async function listContributionHistory(depositorId: string, take = 120): Promise<ContributionHistoryRow[]> {
  const rows = await db.contribution.findMany({
    where: { account: { depositorId } },
    orderBy: { month: "desc" },
    take,
    select: { id: true, month: true, base: true, employerAmount: true, personalAmount: true, employer: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    month: formatMonth(r.month),
    employerName: r.employer.name,
    base: displayYuan(r.base),
    employerAmount: displayYuan(r.employerAmount),
    personalAmount: displayYuan(r.personalAmount),
    total: displayYuan(money(r.employerAmount).plus(money(r.personalAmount))),
  }));
}

export type LedgerRowDto = { id: string; valueDate: string; amount: string; balanceAfter: string; note: string };

/** The citizen's own interest postings (annual settlements), newest first. */
export async function listInterestEntries(depositorId: string): Promise<LedgerRowDto[]> {
  return ledgerRows(depositorId, ["INTEREST"], 50);
}

/** The citizen's own withdrawals as they hit the balance, newest first. */
export async function listWithdrawalEntries(depositorId: string): Promise<LedgerRowDto[]> {
  return ledgerRows(depositorId, ["WITHDRAWAL"], 50);
}

async function ledgerRows(depositorId: string, kinds: ("INTEREST" | "WITHDRAWAL")[], take: number): Promise<LedgerRowDto[]> {
  const rows = await db.ledgerEntry.findMany({
    where: { account: { depositorId }, kind: { in: kinds } },
    orderBy: [{ valueDate: "desc" }, { id: "desc" }],
    take,
    select: { id: true, valueDate: true, amount: true, balanceAfter: true, note: true },
  });
  return rows.map((r) => ({
    id: r.id.toString(),
    valueDate: fromDateColumn(r.valueDate),
    amount: displayYuan(r.amount),
    balanceAfter: displayYuan(r.balanceAfter),
    note: r.note ?? "",
  }));
}

/** The balance alone, for pages that show it next to a form. */
export async function getBalance(depositorId: string): Promise<{ balance: string; raw: string; status: string } | null> {
  const a = await db.depositAccount.findUnique({ where: { depositorId }, select: { balance: true, status: true } });
  return a ? { balance: displayYuan(a.balance), raw: a.balance.toFixed(2), status: a.status } : null;
}
