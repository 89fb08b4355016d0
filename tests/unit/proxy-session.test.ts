import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { decode, encode } from "next-auth/jwt";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "@/lib/auth/policy";
import { PASSIVE_COOKIE } from "@/lib/auth/activity";

const SECRET = "unit-test-secret-unit-test-secret-0000";
const COOKIE = "authjs.session-token";
type Proxy = (req: NextRequest) => Promise<Response>;
let proxy: Proxy;

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", SECRET);
  vi.stubEnv("DATABASE_URL", "postgresql://unused@127.0.0.1:1/unused");
  vi.stubEnv("NODE_ENV", "production");
  proxy = ((await import("@/proxy")) as { default: Proxy }).default;
});

const now = () => Math.floor(Date.now() / 1000);

async function sessionCookie(clock: { signedInAt: number; activeAt: number }): Promise<string> {
  const token = { sub: "u1", displayName: "管理员", roles: ["ADMIN"], windowNo: null, windowId: null, sessionId: "s1", ...clock };
  return encode({ token, secret: SECRET, salt: COOKIE, maxAge: SESSION_ABSOLUTE_SECONDS });
}

function request(path: string, cookies: Record<string, string>, headers: Record<string, string> = {}): NextRequest {
  const cookie = Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join("; ");
  return new NextRequest(new URL(path, "http://127.0.0.1:3000"), { headers: { cookie, ...headers } });
}

async function issuedActiveAt(res: Response): Promise<number | null> {
  const set = res.headers.getSetCookie().find((c) => c.startsWith(`${COOKIE}=`));
  if (!set) return null;
  const value = set.slice(COOKIE.length + 1).split(";")[0]!;
  const token = await decode({ token: value, secret: SECRET, salt: COOKIE });
  return (token as { activeAt: number }).activeAt;
}

describe("proxy: the session's idle and absolute limits", () => {
  it("a request a person made moves the idle clock and re-issues the cookie", async () => {
    const t = now();
    const res = await proxy(request("/admin", { [COOKIE]: await sessionCookie({ signedInAt: t - 3600, activeAt: t - 600 }) }));
    expect(res.status).toBe(200);
    expect(await issuedActiveAt(res)).toBeGreaterThanOrEqual(t);
  });

  it("an automatic refresh (passive cookie) and a prefetch do not extend the session", async () => {
    const t = now();
    const cookie = await sessionCookie({ signedInAt: t - 3600, activeAt: t - 600 });
    const refresh = await proxy(request("/admin", { [COOKIE]: cookie, [PASSIVE_COOKIE]: "1" }, { rsc: "1" }));
    expect(refresh.status).toBe(200);
    expect(await issuedActiveAt(refresh)).toBeNull();
    expect(refresh.headers.getSetCookie().some((c) => c.startsWith(`${PASSIVE_COOKIE}=;`))).toBe(true); // the marker is cleared
    const prefetch = await proxy(request("/admin", { [COOKIE]: cookie }, { "next-router-prefetch": "1", rsc: "1" }));
    expect(await issuedActiveAt(prefetch)).toBeNull();
  });

  it("a page that only refreshed itself for 30 minutes is signed out", async () => {
    const t = now();
    const res = await proxy(
      request("/admin", {
        [COOKIE]: await sessionCookie({ signedInAt: t - 3600, activeAt: t - SESSION_IDLE_SECONDS }),
        [PASSIVE_COOKIE]: "1",
      }),
    );
    expect(res.status).toBe(307);
    expect(new URL(res.headers.get("location")!).search).toBe("?callbackUrl=%2Fadmin");
    expect(new URL(res.headers.get("location")!).pathname).toBe("/login");
  });

  it("12 hours after sign-in the session ends even while active", async () => {
    const t = now();
    const res = await proxy(
      request("/admin", { [COOKIE]: await sessionCookie({ signedInAt: t - SESSION_ABSOLUTE_SECONDS, activeAt: t - 5 }) }),
    );
    expect(res.status).toBe(307);
    expect(res.headers.getSetCookie().some((c) => c.startsWith(`${COOKIE}=;`))).toBe(true);
  });
});

describe("proxy: headers and malformed paths", () => {
  it("every response carries the security headers, with a fresh nonce each time", async () => {
    const a = await proxy(request("/", {}));
    const b = await proxy(request("/login", {}));
    const csp = a.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toBe(b.headers.get("content-security-policy"));
    expect(a.headers.get("referrer-policy")).toBe("same-origin");
    expect(a.headers.get("x-content-type-options")).toBe("nosniff");
    expect(a.headers.get("permissions-policy")).toContain("camera=()");
    expect(a.headers.get("strict-transport-security")).toBeNull(); // plain http
    const tls = await proxy(request("/", {}, { "x-forwarded-proto": "https" }));
    expect(tls.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("a lone % in the path is a 400, with the headers", async () => {
    const res = await proxy(request("/portal/loans/%", {}));
    expect(res.status).toBe(400);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
