/**
 * Signs in through the real Auth.js credentials sign-in (the Credentials provider behind
 * /login, reached as POST /api/auth/callback/credentials with its CSRF token) and returns the
 * session cookie to send with every request of that role.
 */
import { DEMO_PASSWORD } from "../../../prisma/seed/demo-accounts";
import { httpGet, httpRequest } from "./http";

export type Role = "citizen" | "teller" | "reviewer" | "risk";

/** One demo account per role (README "Demo sign-ins"); a teller signs in to window 1. */
export const ROLE_CREDENTIALS: Record<Role, Record<string, string>> = {
  citizen: { kind: "citizen", idNumber: "320102198805120034" }, // 张伟: a loan, two periods overdue
  teller: { kind: "staff", loginName: "teller01", windowNo: "1" },
  reviewer: { kind: "staff", loginName: "reviewer01" },
  risk: { kind: "staff", loginName: "risk01" },
};

/** `name=value` pairs of the Set-Cookie headers whose name passes `keep`. */
function cookiePairs(response: Response, keep: (name: string) => boolean): string[] {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0]!.trim())
    .filter((pair) => keep(pair.slice(0, pair.indexOf("="))));
}

export async function signIn(baseUrl: string, role: Role): Promise<string> {
  const csrf = await httpGet(baseUrl, "/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error(`sign-in as ${role}: /api/auth/csrf gave no token`);
  const csrfCookies = cookiePairs(csrf, (name) => name.includes("authjs."));

  const body = new URLSearchParams({ ...ROLE_CREDENTIALS[role], password: DEMO_PASSWORD, csrfToken, callbackUrl: "/" });
  const response = await httpRequest(baseUrl, "/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.join("; ") },
    body,
  });
  const session = cookiePairs(response, (name) => /authjs\.session-token/.test(name));
  const location = response.headers.get("location") ?? "";
  if (!session.length || /error=/.test(location)) {
    throw new Error(
      `sign-in as ${role} (${Object.values(ROLE_CREDENTIALS[role])[1]}) was refused (${response.status} ${location}); is this the seeded demo database?`,
    );
  }
  return session.join("; ");
}
