import "server-only";
import { db } from "@/lib/db";
import { safeCallbackPath } from "@/lib/auth/roles";

/**
 * Where to send a user who just signed in: the page they asked for if it is in one of their
 * areas, otherwise their home. Read after sign-in because signIn() returns no user.
 */
export async function homeAfterLogin(loginName: string, callbackUrl: string | undefined): Promise<string> {
  const user = await db.user.findUnique({ where: { loginName }, select: { roles: true } });
  return safeCallbackPath(callbackUrl, user?.roles ?? []);
}
