import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { concretePath, listAppRoutes, signInAs, staticRoutesOf, visitorFor, visitorKey, type Route, type Visitor } from "./support/app-pages";

// axe-core on every page of the app (the list is read from the app folder), each visited as the
// role that may see it. No serious or critical violation of WCAG 2.1 A/AA is allowed.

const ROUTES = listAppRoutes();
const STATIC_ROUTES = staticRoutesOf(ROUTES);
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/** Pages that answer with an error status on purpose. */
const EXPECTED_STATUS: Record<Route, number> = { "/access-denied": 403 };

// Group the pages by visitor: one sign-in per role, every page of that role in one test.
const byVisitor = new Map<string, { visitor: Visitor; routes: Route[] }>();
for (const route of ROUTES) {
  const visitor = visitorFor(route); // throws for a page of no known area (see app-pages.ts)
  const key = visitorKey(visitor);
  if (!byVisitor.has(key)) byVisitor.set(key, { visitor, routes: [] });
  byVisitor.get(key)!.routes.push(route);
}

test("the page list covers the app folder", () => {
  expect(ROUTES.length).toBeGreaterThan(30);
  expect(ROUTES).toContain("/portal/loans/[loanNo]");
  expect([...byVisitor.values()].flatMap((g) => g.routes).sort()).toEqual(ROUTES);
});

for (const { visitor, routes } of byVisitor.values()) {
  test(`axe: no serious or critical violations on the pages of ${visitorKey(visitor)} (${routes.length})`, async ({ page }) => {
    test.setTimeout(60_000 + routes.length * 20_000);
    await signInAs(page, visitor);
    const found: string[] = [];
    for (const route of routes) {
      const target = await concretePath(page, route, STATIC_ROUTES);
      const response = await page.goto(target);
      expect(response?.status(), `${target} answers`).toBe(EXPECTED_STATUS[route] ?? 200);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      for (const v of serious) {
        const where = v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1, 2).join("").trim() ?? ""}`);
        found.push(`${target} [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} nodes)\n      ${where.join("\n      ")}`);
      }
      console.log(`AXE ${route} → ${target}: ${results.violations.length} violation(s), ${serious.length} serious/critical, ${results.passes.length} rules passed`);
    }
    expect(found, found.join("\n")).toEqual([]);
  });
}
