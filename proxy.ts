import { NextResponse, type NextRequest } from "next/server";
import { encode, getToken } from "next-auth/jwt";
import { env } from "@/lib/env";
import { isPassiveRequest, PASSIVE_COOKIE } from "@/lib/auth/activity";
import { areaForPath, mayEnter } from "@/lib/auth/roles";
import { nowSeconds, secondsLeft, sessionState } from "@/lib/auth/session-clock";
import { parseSessionUser, PATH_HEADER } from "@/lib/auth/session-user";
import { newNonce, pathDecodes, securityHeaders } from "@/lib/security/headers";

// Runs on every request. (1) Security headers with a per-request CSP nonce on every response.
// (2) A path that is not valid percent-encoding (a lone "%") is a 400, before any route sees it.
// (3) The light first gate of the staff and citizen areas: session, its idle (30 min) and
// absolute (12 h) clocks, and the role from the JWT. The layouts and every server action check
// again against the database (lib/auth/current-user); this gate only saves a render. A request a
// person made moves the session's `activeAt`; a prefetch or a page refreshing itself does not.

// NOTE: cookies are written as raw Set-Cookie headers, not through res.cookies: Next hands cookies
// set with res.cookies to the request's cookie store, and a server action whose store changed
// re-renders the page in its answer (x-action-revalidated), which would wipe the form's error state.
function setCookie(res: NextResponse, name: string, value: string, opts: { maxAge: number; secure: boolean; httpOnly?: boolean }): void {
  const parts = [`${name}=${value}`, "Path=/", `Max-Age=${opts.maxAge}`, "SameSite=Lax"];
  if (opts.httpOnly !== false) parts.push("HttpOnly");
  if (opts.secure) parts.push("Secure");
  res.headers.append("set-cookie", parts.join("; "));
}

function isHttps(req: NextRequest): boolean {
  const forwarded = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return forwarded === "https" || req.nextUrl.protocol === "https:";
}

export default async function proxy(req: NextRequest): Promise<NextResponse> {
  const { pathname, search } = req.nextUrl;
  const https = isHttps(req);
  const nonce = newNonce();
  const headers = securityHeaders({ nonce, https, dev: env().NODE_ENV === "development" });
  const finish = (res: NextResponse): NextResponse => {
    for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
    if (req.cookies.has(PASSIVE_COOKIE)) setCookie(res, PASSIVE_COOKIE, "", { maxAge: 0, secure: false, httpOnly: false });
    return res;
  };
  const forward = (): NextResponse => {
    const requestHeaders = new Headers(req.headers);
    // Next reads the nonce from the request's CSP header and puts it on its own scripts.
    requestHeaders.set("content-security-policy", headers["Content-Security-Policy"]!);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set(PATH_HEADER, `${pathname}${search}`);
    return NextResponse.next({ request: { headers: requestHeaders } });
  };

  if (!pathDecodes(pathname)) {
    return finish(
      new NextResponse("400 Bad Request: malformed URL encoding", {
        status: 400,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      }),
    );
  }
  const area = areaForPath(pathname);
  if (!area) return finish(forward());

  // Auth.js names its cookie by the scheme (lib/auth/config.ts), and salts the JWT with the name.
  const cookieName = https ? "__Secure-authjs.session-token" : "authjs.session-token";
  const secret = env().AUTH_SECRET ?? "";
  const token = await getToken({ req, secret, secureCookie: https, cookieName, salt: cookieName }).catch(() => null);
  const user = parseSessionUser(token);
  const now = nowSeconds();
  if (!token || !user || sessionState(user.clock, now) !== "OPEN") {
    const login = new URL("/login", req.nextUrl.origin);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    const res = NextResponse.redirect(login);
    if (req.cookies.has(cookieName)) setCookie(res, cookieName, "", { maxAge: 0, secure: https });
    return finish(res);
  }
  if (!mayEnter(area, user.roles)) {
    // A rewrite cannot set its own status; /access-denied calls forbidden(), which answers 403.
    return finish(NextResponse.rewrite(new URL("/access-denied", req.nextUrl.origin)));
  }
  if (isPassiveRequest(req.headers, req.cookies)) return finish(forward());

  // Activity: move activeAt, re-issue the cookie for what is left (idle or absolute, whichever is
  // first), and hand the page the same new token so it judges the session as the proxy did.
  const clock = { signedInAt: user.clock!.signedInAt, activeAt: now };
  const maxAge = secondsLeft(clock, now);
  const value = await encode({ token: { ...token, activeAt: now }, secret, salt: cookieName, maxAge });
  req.cookies.set(cookieName, value);
  const res = forward();
  setCookie(res, cookieName, value, { maxAge, secure: https });
  return finish(res);
}
