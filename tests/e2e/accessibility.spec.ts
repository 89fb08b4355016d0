import { expect, test } from "@playwright/test";
import { seriousAxeViolations } from "./support/axe";
import { submitCitizenLogin } from "./support/sign-in";
import {
  concretePath,
  PORTAL_CITIZEN,
  listAppRoutes,
  signInAs,
  staticRoutesOf,
  visitorFor,
  visitorKey,
  type Route,
  type Visitor,
} from "./support/app-pages";

// axe-core on every page of the app (the list is read from the app folder), each visited as the
// role that may see it. No serious or critical violation of WCAG 2.1 A/AA is allowed.

const ROUTES = listAppRoutes();
const STATIC_ROUTES = staticRoutesOf(ROUTES);
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

test("the page list covers the app folder, and a page it cannot visit fails loudly", async ({ page }) => {
  expect(ROUTES.length).toBeGreaterThan(30);
  expect(ROUTES).toContain("/portal/loans/[loanNo]");
  expect([...byVisitor.values()].flatMap((g) => g.routes).sort()).toEqual(ROUTES);
  // A new area nobody was assigned to, or a new dynamic segment without a list page, is an error.
  expect(() => visitorFor("/newarea/page")).toThrow(/No role for \/newarea\/page/);
  await expect(concretePath(page, "/portal/receipts/[receiptNo]", STATIC_ROUTES)).rejects.toThrow(/No id source for \[receiptNo\]/);
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
      found.push(...(await seriousAxeViolations(page, `${route} → ${target}`)));
    }
    expect(found, found.join("\n")).toEqual([]);
  });
}

test("axe: no serious or critical violations on forms showing their errors", async ({ page }) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  // A wrong password: the form-level error.
  await submitCitizenLogin(page, PORTAL_CITIZEN, "wrong-password-1");
  await expect(page.getByRole("alert")).toBeVisible();
  found.push(...(await seriousAxeViolations(page, "/login with a wrong password")));
  // An ID number with a wrong check digit: the error next to the field.
  await submitCitizenLogin(page, "320102198805120035");
  await expect(page.getByRole("region", { name: "市民登录" }).getByLabel("身份证号")).toHaveAttribute("aria-invalid", "true");
  found.push(...(await seriousAxeViolations(page, "/login with a bad ID number")));

  await submitCitizenLogin(page, PORTAL_CITIZEN);
  await expect(page).toHaveURL(/\/portal$/);
  // The loan application and the withdrawal application sent empty: every field error shown, nothing written.
  await page.goto("/portal/loans/apply");
  await page.locator("form#loan").getByRole("button", { name: "提交贷款申请" }).click();
  await expect(page.locator("form#loan [aria-invalid=true]").first()).toBeVisible();
  found.push(...(await seriousAxeViolations(page, "/portal/loans/apply with errors")));
  await page.goto("/portal/withdrawals");
  await page.locator("form#withdrawal-apply").getByRole("button", { name: "提交提取申请" }).click();
  await expect(page.locator("form#withdrawal-apply [aria-invalid=true]").first()).toBeVisible();
  found.push(...(await seriousAxeViolations(page, "/portal/withdrawals with errors")));
  expect(found, found.join("\n")).toEqual([]);
});
