import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { DEMO_STAFF } from "../../../prisma/seed/demo-accounts";
import { restoreSession } from "./sessions";

// Every page of the app, read from the app folder when the tests load (so a new page is covered
// without touching the tests), with the role that may see it and a way to turn its dynamic
// segments into real ids of the seeded end-to-end database.

const APP_DIR = fileURLToPath(new URL("../../../app", import.meta.url));

/** A route pattern as the app folder spells it: "/portal/loans/[loanNo]". */
export type Route = string;

/** Who visits a page: a demo sign-in, or nobody (public pages). */
export type Visitor =
  { kind: "anonymous" } | { kind: "citizen"; idNumber: string } | { kind: "staff"; loginName: string; windowNo?: number };

/** 张伟: a loan two periods overdue, cases and notices, so the portal pages have content. */
export const PORTAL_CITIZEN = "320102198805120034";

const staff = (loginName: string): Visitor => ({
  kind: "staff",
  loginName,
  windowNo: DEMO_STAFF.find((s) => s.loginName === loginName)?.windowNo,
});

/** The role that may see each area (longest prefix wins); a page outside all of them is public. */
const AREA_VISITORS: { prefix: string; visitor: Visitor }[] = [
  { prefix: "/portal", visitor: { kind: "citizen", idNumber: PORTAL_CITIZEN } },
  { prefix: "/employer", visitor: staff("agent01") },
  { prefix: "/window", visitor: staff("teller01") },
  { prefix: "/review", visitor: staff("reviewer01") },
  { prefix: "/risk", visitor: staff("risk01") },
  { prefix: "/admin", visitor: staff("admin") },
  { prefix: "/dashboard", visitor: staff("admin") },
  { prefix: "/supervisor", visitor: staff("duty01") },
  { prefix: "/staff", visitor: staff("teller01") },
  { prefix: "/inbox", visitor: { kind: "citizen", idNumber: PORTAL_CITIZEN } },
];

/** Public pages must be listed here on purpose, so a new area's page never passes as anonymous. */
const PUBLIC_ROUTES: Route[] = ["/", "/login", "/kiosk", "/verify", "/access-denied", "/calculator", "/login/activate"];

/**
 * How to find a real value for a dynamic segment: the list page (seen by the same role) whose
 * links lead to that segment. The key is the route up to and including the dynamic segment.
 */
const PARAM_SOURCES: Record<Route, Route> = {
  "/admin/projects/[projectId]": "/admin/projects",
  "/portal/loans/[loanNo]": "/portal",
  "/review/cases/[caseId]": "/review",
  "/risk/collections/[caseId]": "/risk/collections",
  "/risk/fraud/[id]": "/risk/fraud",
  "/window/cases/[caseId]": "/window",
  "/window/withdrawals/[id]": "/window/withdrawals",
  "/window/employers/[employerId]": "/window/employers",
  "/supervisor/tasks/[taskId]": "/supervisor",
  "/admin/staff/[userId]": "/admin/staff",
};

/** Every page.tsx under app/, as routes (route groups dropped; private and parallel folders skipped). */
export function listAppRoutes(dir = APP_DIR, segments: string[] = []): Route[] {
  const routes: Route[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && /^page\.(tsx|ts|jsx|js|mdx)$/.test(entry.name)) routes.push(`/${segments.join("/")}`);
    if (!entry.isDirectory() || entry.name.startsWith("_") || entry.name.startsWith("@")) continue;
    const group = /^\(.*\)$/.test(entry.name);
    routes.push(...listAppRoutes(path.join(dir, entry.name), group ? segments : [...segments, entry.name]));
  }
  return routes.sort();
}

/** The visitor of a route; throws for a page that is neither in an area nor listed as public. */
export function visitorFor(route: Route): Visitor {
  const area = AREA_VISITORS.filter((a) => route === a.prefix || route.startsWith(`${a.prefix}/`)).sort(
    (a, b) => b.prefix.length - a.prefix.length,
  )[0];
  if (area) return area.visitor;
  if (PUBLIC_ROUTES.includes(route)) return { kind: "anonymous" };
  throw new Error(`No role for ${route}: add its area to AREA_VISITORS or list it in PUBLIC_ROUTES (tests/e2e/support/app-pages.ts)`);
}

export function visitorKey(v: Visitor): string {
  return v.kind === "anonymous" ? "anonymous" : v.kind === "citizen" ? `citizen ${v.idNumber}` : `staff ${v.loginName}`;
}

/** Signs the page's context in as the visitor from the saved session (nothing for anonymous). */
export async function signInAs(page: Page, v: Visitor): Promise<void> {
  if (v.kind === "citizen") await restoreSession(page, { citizen: v.idNumber });
  if (v.kind === "staff") await restoreSession(page, { staff: v.loginName, windowNo: v.windowNo });
}

const isDynamic = (segment: string) => /^\[.+\]$/.test(segment);
const segmentPattern = (segment: string) => (isDynamic(segment) ? "[^/?#]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

/**
 * Turns a route into a path to visit, resolving each dynamic segment from its list page (the first
 * link there that leads to the segment and is not a static sibling page). A dynamic route without
 * a source fails loudly, so coverage cannot shrink silently.
 */
export async function concretePath(page: Page, route: Route, staticRoutes: Route[]): Promise<string> {
  const segments = route.split("/").slice(1);
  const resolved: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (!isDynamic(segment)) {
      resolved.push(segment);
      continue;
    }
    const key = `/${segments.slice(0, i + 1).join("/")}`;
    const source = PARAM_SOURCES[key];
    if (!source) {
      throw new Error(
        `No id source for ${segment} in ${route}: add "${key}" to PARAM_SOURCES in tests/e2e/support/app-pages.ts (the list page whose links lead there)`,
      );
    }
    const prefix = `/${resolved.join("/")}`.replace(/\/$/, "");
    const linkPattern = new RegExp(`^${prefix}/${segmentPattern(segment)}$`);
    await page.goto(source);
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const href = hrefs.find((h) => linkPattern.test(h) && !staticRoutes.includes(h));
    if (!href) throw new Error(`No link on ${source} leads to ${key}: the seeded data has no ${segment} to visit ${route} with`);
    resolved.push(decodeURIComponent(href.split("/").pop()!));
  }
  return `/${resolved.map(encodeURIComponent).join("/")}`;
}

/** Routes without dynamic segments: a link to one of these is a page, not an id. */
export function staticRoutesOf(routes: Route[]): Route[] {
  return routes.filter((r) => !r.split("/").some(isDynamic));
}
