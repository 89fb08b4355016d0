import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { auth } from "@/lib/auth/auth";
import { parseSessionUser, PATH_HEADER } from "@/lib/auth/session-user";
import { nowSeconds, sessionState } from "@/lib/auth/session-clock";

/** The signed-in user as re-read from the database on every request. */
export type CurrentUser = {
  id: string;
  displayName: string;
  roles: Role[];
  /** From the session: the window a teller signed in to today (null if not a teller). */
  windowNo: number | null;
  windowId: string | null;
  depositorId: string | null;
  employerId: string | null;
  /** REVIEWER's approval limit in yuan ("600000.00"), or null. */
  approvalLimit: string | null;
  /** An account an ADMIN created (or reset): the person must set their own password first. */
  mustChangePassword: boolean;
};

/**
 * The user behind the session cookie, or null. Roles and the active flag come from the database,
 * not the JWT, so a deactivated or role-stripped user loses access on their next request; the
 * session itself must still be open (not signed out) in LoginSession.
 * Cached per request (layout and page share one query).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = parseSessionUser((await auth())?.user);
  // The proxy refuses an idle or expired session first; this holds for any path it does not gate.
  if (!session || sessionState(session.clock, nowSeconds()) !== "OPEN") return null;
  const user = await db.user.findUnique({
    where: { id: session.id },
    select: {
      displayName: true,
      roles: true,
      active: true,
      depositorId: true,
      employerId: true,
      approvalLimit: true,
      mustChangePassword: true,
      loginSessions: { where: { id: session.sessionId, revokedAt: null }, select: { id: true } },
    },
  });
  if (!user || !user.active || user.loginSessions.length === 0) return null;
  const teller = user.roles.includes("TELLER");
  return {
    id: session.id,
    displayName: user.displayName,
    roles: user.roles,
    windowNo: teller ? session.windowNo : null,
    windowId: teller ? session.windowId : null,
    depositorId: user.depositorId,
    employerId: user.employerId,
    approvalLimit: user.approvalLimit?.toFixed(2) ?? null,
    mustChangePassword: user.mustChangePassword,
  };
});

/** Where a person with an initial password sets their own (lib/staff/change-password.ts). */
export const PASSWORD_PAGE = "/staff/password";

async function loginUrl(): Promise<string> {
  const requested = (await headers()).get(PATH_HEADER);
  const safe = requested && requested.startsWith("/") && !requested.startsWith("//") ? requested : null;
  return safe ? `/login?callbackUrl=${encodeURIComponent(safe)}` : "/login";
}

/** The signed-in user; otherwise redirects to /login?callbackUrl=… . */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(await loginUrl());
  return user;
}

/** The signed-in user holding at least one of `roles`; otherwise 403 (forbidden()). */
export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  // A staff account with an initial password does nothing before the person sets their own.
  if (user.mustChangePassword && !(await headers()).get(PATH_HEADER)?.startsWith(PASSWORD_PAGE)) redirect(PASSWORD_PAGE);
  if (!roles.some((role) => user.roles.includes(role))) forbidden();
  return user;
}
