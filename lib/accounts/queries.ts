import "server-only";
import { db } from "@/lib/db";
import type { AccountStatus } from "@/lib/generated/prisma/enums";
import { displayYuan, money } from "@/lib/money";
import { formatMonth } from "@/lib/dates/business-day";
import { fromDateColumn } from "@/lib/dates/calendar";
import { ACCOUNT_STATUS_LABELS } from "@/lib/accounts/labels";

export type AccountOverviewDto = {
  accountNo: string;
  holderName: string;
  status: AccountStatus;
  statusLabel: string;
  balance: string;
  contributionBase: string;
  employerRate: string;
  personalRate: string;
  monthsContributed: number;
  employerName: string;
  openedOn: string;
};

const percent = (value: { toString(): string }) => `${money(value).toFixed(2)}%`;

/** The citizen's own deposit account (by the session user's depositorId), or null if none. */
export async function getAccountOverview(depositorId: string): Promise<AccountOverviewDto | null> {
  // NOTE: the months are counted in a query of their own. Prisma's `_count` relation select groups
  // the whole Contribution table before the join (a seq scan, ~90 ms on the demo data and growing
  // with every month posted); this count is an index-only scan of (accountId, month).
  const [account, monthsContributed] = await Promise.all([
    db.depositAccount.findUnique({
      where: { depositorId },
      select: {
        accountNo: true,
        status: true,
        balance: true,
        contributionBase: true,
        employerRatePercent: true,
        personalRatePercent: true,
        openedOn: true,
        depositor: { select: { name: true } },
        employer: { select: { name: true } },
      },
    }),
    db.contribution.count({ where: { account: { depositorId } } }),
  ]);
  if (!account) return null;
  return {
    accountNo: account.accountNo,
    holderName: account.depositor.name,
    status: account.status,
    statusLabel: ACCOUNT_STATUS_LABELS[account.status],
    balance: displayYuan(account.balance),
    contributionBase: displayYuan(account.contributionBase),
    employerRate: percent(account.employerRatePercent),
    personalRate: percent(account.personalRatePercent),
    monthsContributed,
    employerName: account.employer.name,
    openedOn: fromDateColumn(account.openedOn),
  };
}

export type ContributionRowDto = {
  id: string;
  month: string;
  base: string;
  employerAmount: string;
  personalAmount: string;
  total: string;
};

/** The latest monthly contributions to the citizen's own account, newest first. */
export async function listRecentContributions(depositorId: string, take = 12): Promise<ContributionRowDto[]> {
  const rows = await db.contribution.findMany({
    where: { account: { depositorId } },
    orderBy: { month: "desc" },
    take,
    select: { id: true, month: true, base: true, employerAmount: true, personalAmount: true },
  });
  return rows.map((row) => ({
    id: row.id,
    month: formatMonth(row.month),
    base: displayYuan(row.base),
    employerAmount: displayYuan(row.employerAmount),
    personalAmount: displayYuan(row.personalAmount),
    total: displayYuan(money(row.employerAmount).plus(money(row.personalAmount))),
  }));
}
