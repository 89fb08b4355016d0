import { describe, expect, it } from "vitest";
import { readSessionClock, secondsLeft, sessionState } from "@/lib/auth/session-clock";
import { isPassiveRequest, PASSIVE_COOKIE } from "@/lib/auth/activity";

const H = 3600;
const M = 60;
const noCookies = { has: () => false };

describe("session clocks", () => {
  const signedInAt = 1_000_000;
  it("idle: open until 30 minutes after the last activity", () => {
    const clock = { signedInAt, activeAt: signedInAt + 10 * M };
    expect(sessionState(clock, signedInAt + 39 * M + 59)).toBe("OPEN");
    expect(sessionState(clock, signedInAt + 40 * M)).toBe("IDLE");
  });
  it("absolute: 12 hours after sign-in, however active", () => {
    const busy = { signedInAt, activeAt: signedInAt + 12 * H - 1 };
    expect(sessionState(busy, signedInAt + 12 * H - 1)).toBe("OPEN");
    expect(sessionState(busy, signedInAt + 12 * H)).toBe("EXPIRED");
    expect(secondsLeft(busy, signedInAt + 12 * H - 1)).toBe(1);
  });
  it("a token without clocks (older or forged) is expired", () => {
    expect(sessionState(readSessionClock({ sub: "u" }), 0)).toBe("EXPIRED");
    expect(readSessionClock({ signedInAt: "1", activeAt: 2 })).toBeNull();
  });
  it("the cookie lives as long as the first of the two limits", () => {
    expect(secondsLeft({ signedInAt, activeAt: signedInAt }, signedInAt)).toBe(30 * M);
    expect(secondsLeft({ signedInAt, activeAt: signedInAt + 11 * H + 50 * M }, signedInAt + 11 * H + 50 * M)).toBe(10 * M);
  });
});

describe("what counts as activity", () => {
  it("a prefetch or an automatic refresh does not; a plain request does", () => {
    expect(isPassiveRequest(new Headers({ "next-router-prefetch": "1" }), noCookies)).toBe(true);
    expect(isPassiveRequest(new Headers({ "sec-purpose": "prefetch;prerender" }), noCookies)).toBe(true);
    expect(isPassiveRequest(new Headers(), { has: (n: string) => n === PASSIVE_COOKIE })).toBe(true);
    expect(isPassiveRequest(new Headers({ rsc: "1" }), noCookies)).toBe(false);
  });
});
