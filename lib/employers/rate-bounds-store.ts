import type { Tx } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates/calendar";
import { PARAMETER_KEYS, parameterInForce } from "@/lib/settings/versioned";
import { boundsFrom, RATE_BOUND_KEYS, ZRateBounds, type RateBounds } from "@/lib/employers/rate-bounds";

/**
 * The contribution rate bounds in force on `asOf` (default today): the version published at
 * /admin/parameters in force on that date, else the older Setting rows, else 5 %–12 %.
 */
export async function rateBounds(db: Pick<Tx, "setting" | "parameterVersion">, asOf?: string): Promise<RateBounds> {
  const [version, rows] = await Promise.all([
    parameterInForce(db, PARAMETER_KEYS.rateBounds, ZRateBounds, asOf ?? todayInShanghai()),
    db.setting.findMany({ where: { key: { in: Object.values(RATE_BOUND_KEYS) } } }),
  ]);
  if (version) return version.value;
  const value = (key: string) => rows.find((r) => r.key === key)?.value;
  return boundsFrom(value(RATE_BOUND_KEYS.min), value(RATE_BOUND_KEYS.max));
}
