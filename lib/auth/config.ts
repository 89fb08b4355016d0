import type { NextAuthConfig, Session } from "next-auth";
import { AuthError } from "next-auth";
import { parseSessionUser } from "@/lib/auth/session-user";
import { SESSION_IDLE_SECONDS } from "@/lib/auth/policy";
import { nowSeconds } from "@/lib/auth/session-clock";

/**
 * The part of the Auth.js config the proxy needs too: no providers, no database. lib/auth/auth.ts
 * adds the Credentials provider.
 *
 * Session lifetime: the JWT carries two clocks (lib/auth/session-clock.ts): `signedInAt` and
 * `activeAt`. proxy.ts moves `activeAt` on each request a person makes (not on prefetches or on a
 * page refreshing itself, lib/auth/activity.ts) and refuses a session idle for 30 minutes or
 * signed in 12 hours ago; getCurrentUser checks the same clocks again. Auth.js's own cookie
 * lifetime (maxAge) is the idle window, so the cookie written at sign-in already ends 30 minutes
 * later unless the proxy sees activity; re-issuing the cookie never moves either clock.
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
          signedInAt: nowSeconds(),
          activeAt: nowSeconds(),
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
