import "server-only";
import { db } from "@/lib/db";
import { displayYuan } from "@/lib/money";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";

export type InterestSettlementRow = {
  id: string;
  yearEnd: number;
  period: string;
  ratePercent: string;
  accountCount: number;
  totalInterest: string;
  postedAt: string;
};

/** Every annual settlement, newest first, for the admin's 结息 page. */
export async function listInterestSettlements(): Promise<InterestSettlementRow[]> {
  const rows = await db.interestSettlement.findMany({ orderBy: { yearEnd: "desc" } });
  return rows.map((r) => ({
    id: r.id,
    yearEnd: r.yearEnd,
    period: `${r.yearEnd - 1}-07-01 至 ${r.yearEnd}-06-30`,
    ratePercent: `${r.ratePercent.toFixed(2)}%`,
    accountCount: r.accountCount,
    totalInterest: displayYuan(r.totalInterest.toFixed(2)),
    postedAt: formatShanghaiDateTime(r.postedAt),
  }));
}
