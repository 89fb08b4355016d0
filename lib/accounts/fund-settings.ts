import { z } from "zod";
import type { Tx } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates/calendar";
import { isYuanString, money } from "@/lib/money";
import { PARAMETER_KEYS, parameterInForce } from "@/lib/settings/versioned";

/**
 * Fund parameters an ADMIN may change. The contribution base lies between the local minimum wage
 * and 3 × the local average wage. They are versioned data (ParameterVersion, published at
 * /admin/parameters with an effective date): the version in force on `asOf` wins; before the
 * first version, the older `Setting` rows (value: a JSON string "2490.00"), then the defaults.
 */
export const FUND_SETTING_KEYS = {
  minimumWage: "fund.minimumWage",
  averageWage: "fund.averageWage",
  interestRatePercent: "fund.interestRatePercent",
} as const;

export const DEFAULT_FUND_SETTINGS = { minimumWage: "2490.00", averageWage: "11500.00", interestRatePercent: "1.50" };

export type FundSettings = typeof DEFAULT_FUND_SETTINGS & { maxBase: string };

const yuan = z
  .string()
  .regex(/^(0|[1-9]\d{0,8})(\.\d{1,2})?$/, "请输入金额，最多两位小数")
  .refine((v) => money(v).gt(0), "金额须大于0");

/** Wage bounds: the minimum wage (lowest base) and the average wage (3 × it is the highest base). */
export const ZWageBounds = z
  .object({ minimumWage: yuan, averageWage: yuan })
  .refine((v) => money(v.minimumWage).lt(money(v.averageWage)), { path: ["averageWage"], message: "平均工资须高于最低工资" })
  .transform((v) => ({ minimumWage: money(v.minimumWage).toFixed(2), averageWage: money(v.averageWage).toFixed(2) }));
export type WageBounds = z.infer<typeof ZWageBounds>;

/** The deposit interest rate, % a year, up to 4 decimals, above 0 and at most 10. */
export const ZInterestRate = z.object({
  ratePercent: z
    .string()
    .regex(/^(0|[1-9]\d?)(\.\d{1,4})?$/, "年利率应为数字，最多四位小数")
    .refine((v) => money(v).gt(0) && money(v).lte(10), "年利率应大于0且不超过10"),
});

export async function fundSettings(db: Pick<Tx, "setting" | "parameterVersion">, asOf?: string): Promise<FundSettings> {
  const date = asOf ?? todayInShanghai();
  const [rows, wages, rate] = await Promise.all([
    db.setting.findMany({ where: { key: { in: Object.values(FUND_SETTING_KEYS) } } }),
    parameterInForce(db, PARAMETER_KEYS.wageBounds, ZWageBounds, date),
    parameterInForce(db, PARAMETER_KEYS.interestRate, ZInterestRate, date),
  ]);
  const read = (key: string, fallback: string) => {
    const value = rows.find((r) => r.key === key)?.value;
    return typeof value === "string" && isYuanString(value) ? money(value).toFixed(2) : fallback;
  };
  const minimumWage = wages?.value.minimumWage ?? read(FUND_SETTING_KEYS.minimumWage, DEFAULT_FUND_SETTINGS.minimumWage);
  const averageWage = wages?.value.averageWage ?? read(FUND_SETTING_KEYS.averageWage, DEFAULT_FUND_SETTINGS.averageWage);
  return {
    minimumWage,
    averageWage,
    interestRatePercent: rate?.value.ratePercent ?? read(FUND_SETTING_KEYS.interestRatePercent, DEFAULT_FUND_SETTINGS.interestRatePercent),
    maxBase: money(averageWage).times(3).toFixed(2),
  };
}
