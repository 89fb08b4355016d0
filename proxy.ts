import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { areaForPath, mayEnter } from "@/lib/auth/roles";
import { parseSessionUser, PATH_HEADER } from "@/lib/auth/session-user";

// Light first gate for the staff and citizen areas: a session check and the role from the JWT.
// The layouts and every server action check again against the database (lib/auth/current-user);
// this gate only saves a render. Its `auth(...)` wrapper also re-issues the session cookie on each
// request it sees, which is what makes the 30-minute expiry an *idle* timeout (lib/auth/config.ts).
const { auth } = NextAuth(authConfig);

export default auth((req) => {
  const { pathname, search } = req.nextUrl;
  const area = areaForPath(pathname);
  if (!area) return NextResponse.next();

  const user = parseSessionUser(req.auth?.user);
  if (!user) {
    const login = new URL("/login", req.nextUrl.origin);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  if (!mayEnter(area, user.roles)) {
    // A rewrite cannot set its own status; /access-denied calls forbidden(), which answers 403.
    return NextResponse.rewrite(new URL("/access-denied", req.nextUrl.origin));
  }
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set(PATH_HEADER, `${pathname}${search}`);
  return NextResponse.next({ request: { headers: requestHeaders } });
});

export const config = {
  matcher: ["/dashboard/:path*", "/portal/:path*", "/employer/:path*", "/window/:path*", "/review/:path*", "/risk/:path*", "/admin/:path*"],
};
