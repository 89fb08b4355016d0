"use server";

import { auth, signOut } from "@/lib/auth/auth";
import { parseSessionUser } from "@/lib/auth/session-user";
import { endSession } from "@/lib/auth/end-session";

/** Ends the session (revoked server-side, cookie cleared) and returns to the sign-in page. Not formAction: it ends a session rather than checking a role, and has no fields. */
export async function signOutAction(): Promise<void> {
  const session = parseSessionUser((await auth())?.user);
  if (session) await endSession({ userId: session.id, sessionId: session.sessionId, windowId: session.windowId });
  await signOut({ redirectTo: "/login" });
}
