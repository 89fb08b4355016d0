/**
 * Fixed-window rate limits for writes that need no sign-in (the kiosk ticket, sign-in attempts),
 * in the server's memory: one `npm start` process serves the center. Limits are data
 * (lib/security/rate-limits.ts). A limit counts hits per key (an IP, an account name) per window.
 */
export type RateLimit = { name: string; max: number; windowSeconds: number };

type Bucket = { windowStart: number; count: number };

const buckets: Map<string, Bucket> = ((globalThis as unknown as { hpfRateLimits?: Map<string, Bucket> }).hpfRateLimits ??= new Map());

function bucketOf(limit: RateLimit, key: string, nowMs: number): Bucket {
  const id = `${limit.name}:${key}`;
  const windowMs = limit.windowSeconds * 1000;
  let bucket = buckets.get(id);
  if (!bucket || nowMs - bucket.windowStart >= windowMs) {
    if (buckets.size > 50_000) sweep(nowMs, windowMs);
    bucket = { windowStart: nowMs, count: 0 };
    buckets.set(id, bucket);
  }
  return bucket;
}

function sweep(nowMs: number, windowMs: number): void {
  for (const [id, b] of buckets) if (nowMs - b.windowStart >= windowMs) buckets.delete(id);
}

/** Whether `key` has used up `limit` (without counting this call). */
export function isLimited(limit: RateLimit, key: string, now: Date = new Date()): boolean {
  return bucketOf(limit, key, now.getTime()).count >= limit.max;
}

/** Counts one hit for `key`. */
export function countHit(limit: RateLimit, key: string, now: Date = new Date()): void {
  bucketOf(limit, key, now.getTime()).count++;
}

/** Counts one hit and says whether it was still within the limit. */
export function takeHit(limit: RateLimit, key: string, now: Date = new Date()): boolean {
  const bucket = bucketOf(limit, key, now.getTime());
  if (bucket.count >= limit.max) return false;
  bucket.count++;
  return true;
}

/** Forgets every count (tests). */
export function resetRateLimits(): void {
  buckets.clear();
}

/**
 * The client's IP: the LAST X-Forwarded-For entry, which is the address the nearest reverse proxy
 * (or Next itself, when no proxy sent one) saw. NOTE: without a reverse proxy in front, a client can
 * send its own X-Forwarded-For; deploy behind the TLS terminator that sets it (README, Security).
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .pop();
  return last || headers.get("x-real-ip") || "unknown";
}
