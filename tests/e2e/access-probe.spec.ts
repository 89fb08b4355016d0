import { expect, test, type APIResponse, type Page } from "@playwright/test";
import type { Role } from "../../lib/generated/prisma/enums";
import { AREAS, areaForPath } from "../../lib/auth/roles";
import { appRoutes } from "./support/app-routes";
import { restoreSession } from "./support/sessions";

/**
 * The access probe: every page and route handler of the app folder, fetched anonymously and as
 * each role. Wherever the role may not go, the answer is a redirect to sign-in (anonymous) or a 403
 * (signed in) — never the content. Who may go where is lib/auth/roles.ts's AREAS, plus the areas
 * that check in their layout alone (GATED_OUTSIDE_AREAS).
 */
const GATED_OUTSIDE_AREAS: Record<string, readonly Role[]> = { "/dashboard": ["ADMIN", "REVIEWER", "SUPERVISOR"] };

function allowedRoles(pattern: string): readonly Role[] | "public" {
  const gated = Object.entries(GATED_OUTSIDE_AREAS).find(([p]) => pattern === p || pattern.startsWith(`${p}/`));
  if (gated) return gated[1];
  return areaForPath(pattern)?.roles ?? "public";
}

type Identity = { label: string; roles: Role[]; signIn?: (page: Page) => Promise<void> };
/** Signed in from the account's saved session (tests/e2e/support/sessions.ts). */
const staff = (loginName: string, windowNo?: number) => async (page: Page) => {
  await restoreSession(page, { staff: loginName, windowNo });
};
const IDENTITIES: Identity[] = [
  { label: "anonymous", roles: [] },
  {
    label: "CITIZEN 李娜",
    roles: ["CITIZEN"],
    signIn: (page) => restoreSession(page, { citizen: "320104199203150022" }),
  },
  { label: "EMPLOYER_AGENT agent01", roles: ["EMPLOYER_AGENT"], signIn: staff("agent01") },
  { label: "TELLER teller02", roles: ["TELLER"], signIn: staff("teller02", 2) },
  { label: "REVIEWER reviewer02", roles: ["REVIEWER"], signIn: staff("reviewer02") },
  { label: "RISK_OFFICER risk01", roles: ["RISK_OFFICER"], signIn: staff("risk01") },
  { label: "PROJECT_OFFICER project01", roles: ["PROJECT_OFFICER"], signIn: staff("project01") },
  { label: "ADMIN admin", roles: ["ADMIN"], signIn: staff("admin") },
  { label: "SUPERVISOR duty01", roles: ["SUPERVISOR"], signIn: staff("duty01") },
];

const routes = appRoutes();

test("the route list is read from the app folder and covers every area", () => {
  const patterns = routes.map((r) => r.pattern);
  expect(patterns).toContain("/portal/certificate/download");
  expect(patterns).toContain("/window/cases/[caseId]");
  for (const area of AREAS) expect(patterns.some((p) => p === area.path || p.startsWith(`${area.path}/`))).toBe(true);
});

function assertSecurityHeaders(res: APIResponse, url: string): void {
  const h = res.headers();
  expect(h["content-security-policy"], url).toMatch(/frame-ancestors 'none'/);
  expect(h["x-content-type-options"], url).toBe("nosniff");
  expect(h["referrer-policy"], url).toBeTruthy();
  expect(h["permissions-policy"], url).toBeTruthy();
}

for (const identity of IDENTITIES) {
  test(`access probe: ${identity.label} is kept out of every page and route it may not see`, async ({ page }) => {
    test.setTimeout(180_000);
    if (identity.signIn) await identity.signIn(page);
    const refused: string[] = [];
    for (const route of routes) {
      if (route.pattern === "/access-denied") {
        // The 403 page itself, for everyone.
        expect((await page.request.get(route.url, { maxRedirects: 0 })).status()).toBe(403);
        continue;
      }
      const allowed = allowedRoles(route.pattern);
      const res = await page.request.get(route.url, { maxRedirects: 0 });
      assertSecurityHeaders(res, route.url);
      const status = res.status();
      const mayEnter = allowed === "public" || identity.roles.some((r) => allowed.includes(r));
      if (mayEnter) {
        // Inside: anything but a refusal or a server error (a placeholder id is simply not found).
        expect(status, `${identity.label} ${route.url}`).toBeLessThan(500);
        expect(status, `${identity.label} ${route.url}`).not.toBe(403);
        // Signed in, a redirect to sign-in would mean the session was refused (anonymous, /home sends there by design).
        if (identity.signIn && status >= 300 && status < 400)
          expect(res.headers().location ?? "", `${identity.label} ${route.url}`).not.toMatch(/\/login/);
        continue;
      }
      refused.push(route.url);
      if (identity.roles.length === 0) {
        expect([302, 303, 307], `${identity.label} ${route.url}`).toContain(status);
        expect(new URL(res.headers().location!, "http://x").pathname, `${identity.label} ${route.url}`).toBe("/login");
      } else {
        expect(status, `${identity.label} ${route.url}`).toBe(403);
      }
    }
    expect(refused.length).toBeGreaterThan(0);
  });
}

test("a lone % in a route param is a 400, not a 500", async ({ request }) => {
  for (const url of ["/portal/loans/%", "/window/cases/%/contracts/loan", "/verify/%", "/risk/fraud/%25%"]) {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(400);
    expect(res.headers()["x-content-type-options"], url).toBe("nosniff");
  }
});

test("pages hydrate under the nonce CSP: scripts carry the nonce, React hydrates, no violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(msg.text())) violations.push(msg.text());
  });
  const res = await page.goto("/login");
  const csp = res!.headers()["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  // Next put this response's nonce on its scripts.
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  expect(
    await page
      .locator("script[nonce]")
      .first()
      .evaluate((s) => (s as HTMLScriptElement).nonce),
  ).toBe(nonce);
  // React attaches its fiber to the DOM only when its scripts ran and hydrated the page.
  await expect
    .poll(() =>
      page
        .locator("form")
        .first()
        .evaluate((el) => Object.keys(el).some((k) => k.startsWith("__react"))),
    )
    .toBe(true);
  expect(violations).toEqual([]);
});
