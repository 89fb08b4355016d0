import "server-only";
import { db } from "@/lib/db";

/**
 * Fixed-window rate limits for writes that need no sign-in (the kiosk ticket, sign-in attempts).
 * The counters live in PostgreSQL (RateLimitHit), so every server process of `npm start` (one per
 * core) counts against the same limit; in one process' memory an attacker spread over the
 * processes would get the limit once per process. Limits are data (lib/security/rate-limits.ts).
 * A limit counts hits per key (an IP, an account name) per window; windows are aligned to the
 * epoch (windowStartOf), so all processes agree on them without talking to each other.
 */
export type RateLimit = { name: string; max: number; windowSeconds: number };

/** The start of the window `now` falls in. */
export function windowStartOf(limit: RateLimit, now: Date): Date {
  const windowMs = limit.windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Counts one hit for `key` in its current window and returns the window's count, this hit included. */
async function hit(limit: RateLimit, key: string, now: Date): Promise<number> {
  const windowStart = windowStartOf(limit, now);
  // One statement: the key's older windows go, and the current one is created or incremented
  // atomically (concurrent hits from several processes never lose a count).
  const rows = await db.$queryRaw<{ count: number }[]>`
    WITH expired AS (
      DELETE FROM "RateLimitHit" WHERE name = ${limit.name} AND key = ${key} AND "windowStart" < ${windowStart}
    )
    INSERT INTO "RateLimitHit" (name, key, "windowStart", count) VALUES (${limit.name}, ${key}, ${windowStart}, 1)
    ON CONFLICT (name, key, "windowStart") DO UPDATE SET count = "RateLimitHit".count + 1
    RETURNING count`;
  return rows[0]!.count; // INSERT … ON CONFLICT DO UPDATE always returns its one row
}

/** Whether `key` has used up `limit` (without counting this call). */
export async function isLimited(limit: RateLimit, key: string, now: Date = new Date()): Promise<boolean> {
  const row = await db.rateLimitHit.findUnique({
    where: { name_key_windowStart: { name: limit.name, key, windowStart: windowStartOf(limit, now) } },
    select: { count: true },
  });
  return (row?.count ?? 0) >= limit.max;
}

/** Counts one hit for `key`. */
export async function countHit(limit: RateLimit, key: string, now: Date = new Date()): Promise<void> {
  await hit(limit, key, now);
}

/** Counts one hit and says whether it was still within the limit. */
export async function takeHit(limit: RateLimit, key: string, now: Date = new Date()): Promise<boolean> {
  return (await hit(limit, key, now)) <= limit.max;
}

/** Forgets every count (tests). */
export async function resetRateLimits(): Promise<void> {
  await db.rateLimitHit.deleteMany({});
}
