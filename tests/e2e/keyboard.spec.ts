import { expect, test } from "@playwright/test";
import { restoreSession } from "./support/sessions";
import { press, tabTo, typeInto } from "./support/keyboard";
import { homeOwnerWithoutLoan } from "./support/seeded-people";
import { seriousAxeViolations } from "./support/axe";

// Keyboard only (Tab / Shift+Tab, typing, Enter / Space; no mouse) through the teller's case page
// and the citizen's online loan application; the focus must be visible at every stop.

test("a teller opens a case and accepts a loan application on the case page with the keyboard only", async ({ page }) => {
  test.setTimeout(120_000);
  const applicant = await homeOwnerWithoutLoan(0);
  await restoreSession(page, { staff: "teller02", windowNo: 2 });
  await page.goto("/home");
  await page.waitForURL(/\/window$/);
  await expect(page.getByRole("heading", { level: 1, name: "综合窗口 · 2号窗口" })).toBeVisible();

  const open = page.locator("form#open-case");
  await typeInto(page, open.getByLabel("申请人身份证号"), applicant);
  await press(page, open.getByRole("button", { name: "开办件" }), "Enter");
  await expect(page).toHaveURL(/\/window\/cases\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("办件 BJ");

  // The applicant's own home is preselected; the four typed values, then 试算 with Enter.
  const form = page.locator("form#loan");
  await expect(form.getByRole("radio").first()).toBeChecked();
  await typeInto(page, form.getByLabel("贷款金额（元）", { exact: true }), "100000");
  await typeInto(page, form.getByLabel("贷款期限", { exact: true }), "10");
  await typeInto(page, form.getByLabel("收款人（售房人）", { exact: true }), "南京安居房地产经纪有限公司");
  await typeInto(page, form.getByLabel("收款账号", { exact: true }), "320100012345678902");
  // Back up one field with Shift+Tab and correct it: the form keeps what was typed.
  await typeInto(page, form.getByLabel("贷款期限", { exact: true }), "15", { back: true });
  await press(page, form.getByRole("button", { name: "试算" }), "Enter");
  const panel = page.getByRole("region", { name: "贷款试算结果" });
  await expect(panel).toContainText("符合贷款条件");
  await expect(form.getByLabel("贷款期限", { exact: true })).toHaveValue("15");
  // The page with the assessment shown is as accessible as the page loaded.
  const violations = await seriousAxeViolations(page, "/window/cases/[caseId] with the assessment");
  expect(violations, violations.join("\n")).toEqual([]);

  await press(page, form.getByRole("button", { name: "受理贷款申请" }), "Space");
  await expect(page.getByRole("heading", { name: "当前阶段：已受理" })).toBeVisible();
});

test("a citizen applies for a loan online with the keyboard only", async ({ page }) => {
  test.setTimeout(120_000);
  const citizen = await homeOwnerWithoutLoan(1);
  await restoreSession(page, { citizen });
  await page.goto("/home");
  await page.waitForURL(/\/portal$/);
  await expect(page.getByRole("heading", { level: 1, name: "我的公积金" })).toBeVisible();

  // Opened afresh, the first Tab stop is "跳到正文", shown when focused; Enter skips the header.
  await page.goto("/portal");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "跳到正文" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();

  // From the portal home to the application with the keyboard.
  await press(page, page.getByRole("navigation", { name: "我的业务" }).getByRole("link", { name: "网上申请贷款" }), "Enter");
  await expect(page.getByRole("heading", { level: 1, name: "网上申请公积金贷款" })).toBeVisible();

  const form = page.locator("form#loan");
  const home = form.getByRole("radio").first();
  await expect(home).toBeChecked();
  await tabTo(page, home);
  await typeInto(page, form.getByLabel("贷款金额（元）", { exact: true }), "100000");
  await typeInto(page, form.getByLabel("贷款期限", { exact: true }), "10");
  // 还款方式 with the arrow keys inside its radio group.
  const equalInstallment = form.getByRole("radio", { name: "等额本息" });
  await tabTo(page, equalInstallment);
  await page.keyboard.press("ArrowRight");
  await expect(form.getByRole("radio", { name: "等额本金" })).toBeChecked();
  await typeInto(page, form.getByLabel("收款人（售房人）", { exact: true }), "南京安居房地产经纪有限公司");
  await typeInto(page, form.getByLabel("收款账号", { exact: true }), "320100012345678903");
  await press(page, form.getByRole("button", { name: "提交贷款申请" }), "Enter");

  await expect(page).toHaveURL(/\/portal#cases$/);
  await expect(page.getByRole("region", { name: "我的办件" })).toContainText("网上已申请");
});
