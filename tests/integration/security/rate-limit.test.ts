import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countHit, isLimited, resetRateLimits, takeHit, windowStartOf } from "@/lib/security/rate-limit";
import { KIOSK_TICKETS_PER_IP } from "@/lib/security/rate-limits";

// T0 is on a window boundary of every limit (windows are aligned to the epoch).
const T0 = new Date("2026-03-02T01:00:00.000Z");
const later = (s: number) => new Date(T0.getTime() + s * 1000);

describe("rate limits (counted in PostgreSQL, shared by every server process)", () => {
  it("the kiosk gives 30 tickets per IP in 10 minutes, then refuses until the window passes", async () => {
    await resetRateLimits();
    for (let i = 0; i < KIOSK_TICKETS_PER_IP.max; i++) expect(await takeHit(KIOSK_TICKETS_PER_IP, "1.1.1.1", later(i))).toBe(true);
    expect(await takeHit(KIOSK_TICKETS_PER_IP, "1.1.1.1", later(100))).toBe(false);
    expect(await takeHit(KIOSK_TICKETS_PER_IP, "2.2.2.2", later(100))).toBe(true);
    expect(await takeHit(KIOSK_TICKETS_PER_IP, "1.1.1.1", later(600))).toBe(true);
  });

  it("isLimited looks without counting; countHit counts", async () => {
    await resetRateLimits();
    const limit = { name: "t", max: 2, windowSeconds: 60 };
    expect(await isLimited(limit, "k", T0)).toBe(false);
    // Looking more often than the limit allows counts nothing.
    expect(await isLimited(limit, "k", T0)).toBe(false);
    expect(await isLimited(limit, "k", T0)).toBe(false);
    expect(await db.rateLimitHit.count({ where: { name: "t", key: "k" } })).toBe(0);
    await countHit(limit, "k", T0);
    expect(await isLimited(limit, "k", T0)).toBe(false);
    await countHit(limit, "k", T0);
    expect(await isLimited(limit, "k", T0)).toBe(true);
    expect(await isLimited(limit, "k", later(60))).toBe(false);
  });

  it("hits sent at once (as from two server processes) are all counted: 40 concurrent tickets, exactly 30 given", async () => {
    await resetRateLimits();
    const given = await Promise.all(Array.from({ length: 40 }, (_, i) => takeHit(KIOSK_TICKETS_PER_IP, "3.3.3.3", later(i % 10))));
    expect(given.filter(Boolean)).toHaveLength(KIOSK_TICKETS_PER_IP.max);
    const [row] = await db.rateLimitHit.findMany({ where: { name: KIOSK_TICKETS_PER_IP.name, key: "3.3.3.3" } });
    expect(row!.count).toBe(40);
  });

  it("a key keeps only its current window's row", async () => {
    await resetRateLimits();
    const limit = { name: "t", max: 5, windowSeconds: 60 };
    await countHit(limit, "k", T0);
    await countHit(limit, "k", later(61));
    const rows = await db.rateLimitHit.findMany({ where: { name: "t", key: "k" } });
    expect(rows.map((r) => [r.windowStart.toISOString(), r.count])).toEqual([[windowStartOf(limit, later(61)).toISOString(), 1]]);
    expect(rows.map((r) => r.windowStart.toISOString())).toEqual(["2026-03-02T01:01:00.000Z"]);
  });

  it("windows are aligned to the epoch, so every process agrees on them", () => {
    expect(windowStartOf({ name: "t", max: 1, windowSeconds: 600 }, new Date("2026-03-02T01:07:59.999Z")).toISOString()).toBe(
      "2026-03-02T01:00:00.000Z",
    );
    expect(windowStartOf({ name: "t", max: 1, windowSeconds: 900 }, new Date("2026-03-02T01:15:00.000Z")).toISOString()).toBe(
      "2026-03-02T01:15:00.000Z",
    );
  });
});
