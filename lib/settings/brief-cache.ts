import { env } from "@/lib/env";

/**
 * A settings value kept for a few seconds, so a busy page does not read the Setting table on
 * every request. Saving through the use case in this process invalidates it at once; another
 * server process sees a change within `ttlMs`. Only the production server caches: tests and
 * `next dev` read through every time (tests write settings straight into the database).
 */
export type BriefCache<T> = { get(load: () => Promise<T>): Promise<T>; invalidate(): void };

export const SETTINGS_CACHE_MS = 5_000;

export function briefCache<T>(opts: { ttlMs: number; enabled: () => boolean; now?: () => number }): BriefCache<T> {
  const now = opts.now ?? Date.now;
  let kept: { at: number; value: Promise<T> } | null = null;
  return {
    get(load) {
      if (!opts.enabled()) return load();
      if (kept && now() - kept.at < opts.ttlMs) return kept.value;
      const entry = { at: now(), value: load() };
      kept = entry;
      // A failed read is not kept: the next request tries again.
      entry.value.catch(() => {
        if (kept === entry) kept = null;
      });
      return entry.value;
    },
    invalidate() {
      kept = null;
    },
  };
}

/** briefCache for a setting read by the production server. */
export function settingCache<T>(): BriefCache<T> {
  return briefCache<T>({ ttlMs: SETTINGS_CACHE_MS, enabled: () => env().NODE_ENV === "production" });
}
