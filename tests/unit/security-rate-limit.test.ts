import { describe, expect, it } from "vitest";
import { clientIp, countHit, isLimited, resetRateLimits, takeHit } from "@/lib/security/rate-limit";
import { KIOSK_TICKETS_PER_IP } from "@/lib/security/rate-limits";

const T0 = new Date("2026-03-02T01:00:00.000Z");
const later = (s: number) => new Date(T0.getTime() + s * 1000);

describe("rate limits", () => {
  it("the kiosk gives 30 tickets per IP in 10 minutes, then refuses until the window passes", () => {
    resetRateLimits();
    for (let i = 0; i < KIOSK_TICKETS_PER_IP.max; i++) expect(takeHit(KIOSK_TICKETS_PER_IP, "1.1.1.1", later(i))).toBe(true);
    expect(takeHit(KIOSK_TICKETS_PER_IP, "1.1.1.1", later(100))).toBe(false);
    expect(takeHit(KIOSK_TICKETS_PER_IP, "2.2.2.2", later(100))).toBe(true);
    expect(takeHit(KIOSK_TICKETS_PER_IP, "1.1.1.1", later(600))).toBe(true);
  });

  it("isLimited looks without counting; countHit counts", () => {
    resetRateLimits();
    const limit = { name: "t", max: 2, windowSeconds: 60 };
    expect(isLimited(limit, "k", T0)).toBe(false);
    countHit(limit, "k", T0);
    countHit(limit, "k", T0);
    expect(isLimited(limit, "k", T0)).toBe(true);
    expect(isLimited(limit, "k", later(60))).toBe(false);
  });

  it("the client IP is the last X-Forwarded-For hop (the one our reverse proxy saw)", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
