import { z } from "zod";
import { money } from "@/lib/money";

/**
 * The contribution rate bounds (缴存比例, default 5 %–12 %), as data: a versioned parameter an ADMIN
 * publishes at /admin/parameters (effective from a date, never retroactive); before the first
 * version the older `Setting` rows (value: a JSON string "5.00"), then the default pair. Employer
 * registration, rate changes and the remittance row check all read them (rate-bounds-store.ts).
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

/**
 * The bounds as a versioned parameter (ParameterVersion "fund.contributionRateBounds", published at
 * /admin/parameters): each a percentage with at most two decimals, above 0, the lower not above
 * the upper. The reader is rate-bounds-store.ts.
 */
export const ZRateBounds = z
  .object({
    min: z.string().trim().regex(RATE, "应为百分比数字，最多两位小数，例如 5 或 7.5"),
    max: z.string().trim().regex(RATE, "应为百分比数字，最多两位小数，例如 12"),
  })
  .refine((v) => money(v.min).gt(0), { path: ["min"], message: "下限须大于0" })
  .refine((v) => money(v.min).lte(money(v.max)), { path: ["max"], message: "上限不能低于下限" })
  .transform((v): RateBounds => ({ min: money(v.min).toFixed(2), max: money(v.max).toFixed(2) }));

/**
 * A rate the employer already has is kept when the bounds change (never retroactive): a value equal
 * to the employer's own rate in force passes whatever today's bounds say; any other value — a new
 * employer's, the employer's next change — must lie within them.
 */
export function rateProblemKeeping(value: string, bounds: RateBounds, kept: string | null | undefined): RateProblem | null {
  const problem = rateProblem(value, bounds);
  return problem === "OUT_OF_BOUNDS" && kept !== null && kept !== undefined && money(value.trim()).eq(kept) ? null : problem;
}

/** "5% 至 12%" for messages. */
export function boundsText(bounds: RateBounds): string {
  return `${money(bounds.min).toString()}% 至 ${money(bounds.max).toString()}%`;
}
