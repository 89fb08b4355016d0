import type { NextAuthConfig, Session } from "next-auth";
import { AuthError } from "next-auth";
import { parseSessionUser } from "@/lib/auth/session-user";
import { SESSION_IDLE_SECONDS } from "@/lib/auth/policy";

/**
 * The part of the Auth.js config the proxy needs too: no providers, no database. lib/auth/auth.ts
 * adds the Credentials provider.
 *
 * Idle expiry (30 minutes): with the JWT strategy, Auth.js v5 re-signs the session JWT and
 * re-sets its cookie with a fresh `expires`/`exp` of now + maxAge on every session read that can
 * write cookies (`@auth/core` lib/actions/session.ts ignores `updateAge` for JWTs; `updateAge: 0`
 * states the intent should that change). A read from a Server Component (`auth()` in a page)
 * cannot write cookies, so the refresh comes from proxy.ts: its `auth(...)` wrapper appends the
 * refreshed Set-Cookie to every request of a protected area — page loads, client navigations and
 * server actions alike. A session left alone for 30 minutes has an expired cookie and JWT.
 */
export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: 0 },
  pages: { signIn: "/login", error: "/login" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        // First call after authorize(): copy what the session must carry into the token.
        const signedIn = parseSessionUser(user);
        if (!signedIn) return null;
        return {
          sub: signedIn.id,
          displayName: signedIn.displayName,
          roles: signedIn.roles,
          windowNo: signedIn.windowNo,
          windowId: signedIn.windowId,
          sessionId: signedIn.sessionId,
        };
      }
      return token;
    },
    session({ session, token }) {
      const user = parseSessionUser(token);
      return { expires: session.expires, user: user ?? undefined } as Session;
    },
  },
  logger: {
    error(error) {
      // Expected outcomes, not server errors: a refused sign-in (audited in lib/auth) and an
      // expired or unreadable session cookie (cleared; the user signs in again).
      const type = error instanceof AuthError ? error.type : error.name;
      if (type === "CredentialsSignin" || type === "JWTSessionError") return;
      console.error(`[auth][error] ${type}: ${error.message}`);
    },
  },
} satisfies NextAuthConfig;
