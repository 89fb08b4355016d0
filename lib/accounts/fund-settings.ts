import type { Tx } from "@/lib/db";
import { isYuanString, money } from "@/lib/money";

/**
 * Fund parameters an ADMIN may change, stored as `Setting` rows (value: a JSON string "2490.00").
 * The contribution base lies between the local minimum wage and 3 × the local average wage.
 */
export const FUND_SETTING_KEYS = {
  minimumWage: "fund.minimumWage",
  averageWage: "fund.averageWage",
  interestRatePercent: "fund.interestRatePercent",
} as const;

export const DEFAULT_FUND_SETTINGS = { minimumWage: "2490.00", averageWage: "11500.00", interestRatePercent: "1.50" };

export type FundSettings = typeof DEFAULT_FUND_SETTINGS & { maxBase: string };

export async function fundSettings(db: Pick<Tx, "setting">): Promise<FundSettings> {
  const rows = await db.setting.findMany({ where: { key: { in: Object.values(FUND_SETTING_KEYS) } } });
  const read = (key: string, fallback: string) => {
    const value = rows.find((r) => r.key === key)?.value;
    return typeof value === "string" && isYuanString(value) ? money(value).toFixed(2) : fallback;
  };
  const minimumWage = read(FUND_SETTING_KEYS.minimumWage, DEFAULT_FUND_SETTINGS.minimumWage);
  const averageWage = read(FUND_SETTING_KEYS.averageWage, DEFAULT_FUND_SETTINGS.averageWage);
  return {
    minimumWage,
    averageWage,
    interestRatePercent: read(FUND_SETTING_KEYS.interestRatePercent, DEFAULT_FUND_SETTINGS.interestRatePercent),
    maxBase: money(averageWage).times(3).toFixed(2),
  };
}
