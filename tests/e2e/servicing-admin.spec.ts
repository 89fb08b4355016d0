import { expect, test } from "@playwright/test";
import { submitStaffLogin } from "./support/sign-in";

// 日终批处理 from /admin: the seed has run the batch up to yesterday, so yesterday is refused as done
// and today runs to completion with the progress bar. Runs after the collections and fraud specs
// (file order), which rely on the state the seed left.

/** Today in Asia/Shanghai (YYYY-MM-DD), as the date input wants it. */
function shanghaiToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

test("an admin runs the daily batch from /admin with a progress bar; a completed date is not run twice", async ({ page }) => {
  test.setTimeout(120_000);
  await submitStaffLogin(page, "admin");
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "日终批处理" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "日终批处理" })).toBeVisible();

  // Yesterday (the default) was completed by the seed's batch days: refused next to the field.
  await page.getByRole("button", { name: "开始日终批处理" }).click();
  await expect(page.locator("form#batch")).toContainText("该营业日的日终批处理已完成，无需重复执行");

  // Today runs in the background; the bar follows the committed steps to the end.
  const today = shanghaiToday();
  await page.getByLabel("营业日期").fill(today);
  await page.getByRole("button", { name: "开始日终批处理" }).click();
  await expect(page.getByRole("status")).toContainText(`已开始 ${today} 的日终批处理`);
  const bar = page.getByRole("progressbar", { name: "批处理进度" });
  const of = await bar.getAttribute("aria-valuemax");
  await expect(bar).toHaveAttribute("aria-valuenow", of!, { timeout: 60_000 });
  await page.reload();
  const row = page.getByRole("region", { name: "最近批处理记录" }).getByRole("row", { name: new RegExp(`^${today} `) });
  await expect(row).toContainText("已完成");
});
