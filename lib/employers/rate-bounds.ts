import type { Tx } from "@/lib/db";
import { money } from "@/lib/money";

/**
 * The contribution rate bounds (缴存比例, default 5 %–12 %), as data: `Setting` rows an ADMIN may
 * change (value: a JSON string "5.00"). Employer registration, rate changes and the remittance
 * row check all read them here.
 */
export const RATE_BOUND_KEYS = { min: "fund.contributionRateMinPercent", max: "fund.contributionRateMaxPercent" } as const;

export type RateBounds = { min: string; max: string };

export const DEFAULT_RATE_BOUNDS: RateBounds = { min: "5.00", max: "12.00" };

/** A percentage with at most two decimals, e.g. "12", "7.5", "10.25". */
const RATE = /^(0|[1-9]\d?)(\.\d{1,2})?$/;

export type RateProblem = "FORMAT" | "OUT_OF_BOUNDS";

/** What is wrong with a typed rate, or null when it lies within the bounds. */
export function rateProblem(value: string, bounds: RateBounds): RateProblem | null {
  if (!RATE.test(value.trim())) return "FORMAT";
  const rate = money(value.trim());
  return rate.lt(bounds.min) || rate.gt(bounds.max) ? "OUT_OF_BOUNDS" : null;
}

/** Bounds from stored values; a missing or malformed one (or min > max) falls back to the default pair. */
export function boundsFrom(min: unknown, max: unknown): RateBounds {
  const ok = (v: unknown): v is string => typeof v === "string" && RATE.test(v);
  if (!ok(min) || !ok(max) || money(min).gt(max)) return DEFAULT_RATE_BOUNDS;
  return { min: money(min).toFixed(2), max: money(max).toFixed(2) };
}

export async function rateBounds(db: Pick<Tx, "setting">): Promise<RateBounds> {
  const rows = await db.setting.findMany({ where: { key: { in: Object.values(RATE_BOUND_KEYS) } } });
  const value = (key: string) => rows.find((r) => r.key === key)?.value;
  return boundsFrom(value(RATE_BOUND_KEYS.min), value(RATE_BOUND_KEYS.max));
}

/** "5% 至 12%" for messages. */
export function boundsText(bounds: RateBounds): string {
  return `${money(bounds.min).toString()}% 至 ${money(bounds.max).toString()}%`;
}
