import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "@/lib/auth/policy";

/**
 * The session's two clocks, carried in the session JWT as epoch seconds: `signedInAt` (set once at
 * sign-in) and `activeAt` (moved by proxy.ts on each request a person made: a page load, a click,
 * a form; NOT by a prefetch or a page refreshing itself, see lib/auth/activity.ts).
 * A session is open while both hold: activeAt + 30 min and signedInAt + 12 h are in the future.
 */
export type SessionClock = { signedInAt: number; activeAt: number };

export type SessionState = "OPEN" | "IDLE" | "EXPIRED";

export function readSessionClock(value: unknown): SessionClock | null {
  if (typeof value !== "object" || value === null) return null;
  const { signedInAt, activeAt } = value as Record<string, unknown>;
  if (typeof signedInAt !== "number" || typeof activeAt !== "number" || !Number.isFinite(signedInAt) || !Number.isFinite(activeAt))
    return null;
  return { signedInAt, activeAt };
}

/** OPEN, IDLE (30 minutes without activity) or EXPIRED (12 hours after sign-in, or no clock at all). */
export function sessionState(clock: SessionClock | null, nowSeconds: number): SessionState {
  if (!clock) return "EXPIRED";
  if (nowSeconds >= clock.signedInAt + SESSION_ABSOLUTE_SECONDS) return "EXPIRED";
  if (nowSeconds >= clock.activeAt + SESSION_IDLE_SECONDS) return "IDLE";
  return "OPEN";
}

/** Seconds until the session ends if nothing else happens (for the cookie's lifetime); 0 when closed. */
export function secondsLeft(clock: SessionClock, nowSeconds: number): number {
  const end = Math.min(clock.activeAt + SESSION_IDLE_SECONDS, clock.signedInAt + SESSION_ABSOLUTE_SECONDS);
  return Math.max(0, Math.floor(end - nowSeconds));
}

export const nowSeconds = (now: Date = new Date()): number => Math.floor(now.getTime() / 1000);
