import { expect, test, type Page } from "@playwright/test";
import { concretePath, listAppRoutes, PORTAL_CITIZEN, staticRoutesOf } from "./support/app-pages";
import { submitCitizenLogin } from "./support/sign-in";
import { restoreSession } from "./support/sessions";
import { overdueBorrower, renterWithBalance } from "./support/seeded-people";

// The citizen portal on a phone (the "phone" project: 375 × 812, touch). No page scrolls sideways,
// tables turn into cards (column name: value), and the main flows work at that size.

const ROUTES = listAppRoutes();
const PORTAL_ROUTES = ROUTES.filter((r) => r === "/portal" || r.startsWith("/portal/"));
const pdf = (name: string) => ({ name, mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% e2e upload\n") });

/** The page does not scroll sideways; on failure, names the elements that stick out. */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
    const root = document.scrollingElement!;
    const width = root.clientWidth;
    const wide = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}"> ${(el.textContent ?? "").trim().slice(0, 30)}`);
    return { scrollWidth: root.scrollWidth, clientWidth: width, wide };
  });
  expect(clientWidth, `${where}: the viewport is a phone's`).toBe(375);
  expect(scrollWidth, `${where} scrolls sideways; too wide:\n${wide.join("\n")}`).toBeLessThanOrEqual(clientWidth);
}

/** Every table on the page shows its rows as cards: header row hidden, each cell labelled by its column. */
async function expectTablesAsCards(page: Page, where: string): Promise<number> {
  const tables = await page.locator("table").evaluateAll((els) =>
    els.map((table) => {
      const headers = [...table.querySelectorAll("thead th")].map((th) => (th.textContent ?? "").trim());
      const theadBox = table.querySelector("thead")?.getBoundingClientRect();
      const firstRow = table.querySelector("tbody tr");
      const cells = firstRow ? [...firstRow.querySelectorAll("td")] : [];
      return {
        cards: table.hasAttribute("data-cards-on-phone"),
        headerHidden: !theadBox || theadBox.height <= 1,
        rowDisplay: firstRow ? getComputedStyle(firstRow).display : "block",
        labels: cells.map((td) => getComputedStyle(td, "::before").content.replace(/^"|"$/g, "")),
        headers,
      };
    }),
  );
  for (const [i, t] of tables.entries()) {
    expect(t.cards, `${where}: table ${i + 1} is a card table`).toBe(true);
    expect(t.headerHidden, `${where}: table ${i + 1} hides its header row`).toBe(true);
    expect(t.rowDisplay, `${where}: table ${i + 1} rows are cards`).toBe("block");
    expect(t.labels, `${where}: table ${i + 1} cells are labelled by their column`).toEqual(t.headers);
  }
  return tables.length;
}

test("no portal page scrolls sideways on a phone, and every table is shown as cards", async ({ page }) => {
  test.setTimeout(60_000 + PORTAL_ROUTES.length * 15_000);
  expect(PORTAL_ROUTES).toContain("/portal/loans/[loanNo]");
  await restoreSession(page, { citizen: PORTAL_CITIZEN });
  await page.goto("/portal");
  let tables = 0;
  for (const route of PORTAL_ROUTES) {
    const target = await concretePath(page, route, staticRoutesOf(ROUTES));
    await page.goto(target);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    await expectNoSidewaysScroll(page, target);
    tables += await expectTablesAsCards(page, target);
  }
  expect(tables, "the portal pages show tables to check").toBeGreaterThan(3);
});

test("on a phone a citizen signs in and reads the account with contributions as cards", async ({ page }) => {
  await page.goto("/login");
  await expectNoSidewaysScroll(page, "/login");
  await submitCitizenLogin(page, PORTAL_CITIZEN);
  await page.waitForURL(/\/portal$/);
  await expect(page.getByRole("heading", { level: 1, name: "我的公积金" })).toBeVisible();
  await expectNoSidewaysScroll(page, "/portal");

  await page.goto("/portal/account");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSidewaysScroll(page, "/portal/account");
  // The first row of each table is one card, as wide as the content column, with its labels.
  const row = page.locator("table tbody tr").first();
  const box = (await row.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(375);
  expect(box.height).toBeGreaterThan(60); // several label: value lines, not one table line
  expect(await expectTablesAsCards(page, "/portal/account")).toBeGreaterThan(0);
});

test("on a phone a borrower opens the overdue loan and repays online", async ({ page }) => {
  test.setTimeout(90_000);
  const { idNumber, loanNo } = await overdueBorrower(0);
  await restoreSession(page, { citizen: idNumber });
  await page.goto("/portal");
  await page.getByRole("region", { name: "我的贷款" }).getByRole("link", { name: loanNo }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(loanNo);
  await expectNoSidewaysScroll(page, `/portal/loans/${loanNo}`);

  const repay = page.locator("form#repay-online");
  await expect(repay.getByLabel("还款金额（元）")).not.toHaveValue("");
  await repay.getByRole("button", { name: "确认还款" }).click();
  await expect(page.locator("#result")).toContainText(/还款 ¥[\d,]+\.\d{2} 已到账/);
  await expectNoSidewaysScroll(page, `/portal/loans/${loanNo} after repaying`);
  await expectTablesAsCards(page, `/portal/loans/${loanNo}`);
});

test("on a phone a citizen applies for a rent withdrawal and sees it as a card", async ({ page }) => {
  test.setTimeout(90_000);
  await restoreSession(page, { citizen: await renterWithBalance(0) });
  await page.goto("/portal");
  await page.goto("/portal/withdrawals");
  await expectNoSidewaysScroll(page, "/portal/withdrawals");

  const form = page.locator("form#withdrawal-apply");
  await form.getByLabel("提取原因").selectOption("07");
  await form.getByLabel("月租金（元）").fill("1200.00");
  await form.getByLabel("提取月数").fill("1");
  await form.getByLabel("提取金额（元）").fill("1200.00");
  await form.getByLabel("收款开户银行").fill("中国建设银行南京分行");
  await form.getByLabel("收款银行卡号（本人）").fill("6217000000000000002");
  await form.getByLabel("身份证", { exact: true }).setInputFiles(pdf("id.pdf"));
  await form.getByLabel("本人银行卡", { exact: true }).setInputFiles(pdf("card.pdf"));
  await form.getByLabel("住房租赁合同", { exact: true }).setInputFiles(pdf("lease.pdf"));
  await expectNoSidewaysScroll(page, "/portal/withdrawals with the form filled");
  await form.getByRole("button", { name: "提交提取申请" }).click();

  await expect(page).toHaveURL(/submitted=TQ/);
  const withdrawalNo = new URL(page.url()).searchParams.get("submitted")!;
  const mine = page.getByRole("region", { name: "我的提取申请" });
  await expect(mine.getByRole("row", { name: new RegExp(withdrawalNo) })).toContainText("待审核");
  await expectNoSidewaysScroll(page, "/portal/withdrawals after applying");
  await expectTablesAsCards(page, "/portal/withdrawals");
});
