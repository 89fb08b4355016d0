import type { Role } from "@/lib/generated/prisma/enums";
import { isRole } from "@/lib/auth/roles";
import { readSessionClock, type SessionClock } from "@/lib/auth/session-clock";

/** Request header set by proxy.ts: the path being requested, for the login callbackUrl. */
export const PATH_HEADER = "x-hpf-pathname";

/** What the session (JWT) carries about the signed-in user. */
export type SessionUser = {
  id: string;
  displayName: string;
  roles: Role[];
  /** The window a teller signed in to today; null for everyone else. */
  windowNo: number | null;
  windowId: string | null;
  /** The LoginSession row; revoked on sign-out. */
  sessionId: string;
  /** The session's clocks (lib/auth/session-clock.ts); null when the token has none. */
  clock: SessionClock | null;
};

/**
 * Reads a SessionUser from a decoded JWT or a session's `user`. Anything malformed counts as
 * "not signed in" rather than a crash.
 */
export function parseSessionUser(value: unknown): SessionUser | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  const id = typeof v.id === "string" ? v.id : typeof v.sub === "string" ? v.sub : null;
  const displayName = typeof v.displayName === "string" ? v.displayName : null;
  const sessionId = typeof v.sessionId === "string" ? v.sessionId : null;
  if (!id || !sessionId || displayName === null || !Array.isArray(v.roles) || !v.roles.every(isRole)) return null;
  return {
    id,
    displayName,
    roles: v.roles,
    windowNo: typeof v.windowNo === "number" ? v.windowNo : null,
    windowId: typeof v.windowId === "string" ? v.windowId : null,
    sessionId,
    // A JWT has the clocks at its top level; a session.user (from the session callback) under `clock`.
    clock: readSessionClock(v) ?? readSessionClock(v.clock),
  };
}
