import { expect, test } from "@playwright/test";
import { restoreSession } from "./support/sessions";

// 日终批处理 from /admin: the seed has run the batch up to yesterday, so yesterday is refused as done
// and today runs to completion with the progress bar. Running today's batch leaves the collections
// and fraud specs what they need in any order (tests/e2e/reverse-order.config.ts runs this first).
// The second test reads the run the first one made: the two run in file order, one after the other.

/** Today in Asia/Shanghai (YYYY-MM-DD), as the date input wants it. */
function shanghaiToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(),
  );
}

/** The calendar date `days` after `iso`. */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test.describe.configure({ mode: "serial" });

test("an admin runs the daily batch from /admin with a progress bar; a completed date is not run twice", async ({ page }) => {
  test.setTimeout(120_000);
  await restoreSession(page, { staff: "admin" });
  await page.goto("/home");
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

test("/admin/batch shows the last run and the next scheduled one, and an admin sets the daily time", async ({ page }) => {
  await restoreSession(page, { staff: "admin" });
  await page.goto("/home");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/batch");
  const panel = page.getByRole("region", { name: "自动执行" });
  const today = shanghaiToday();

  // The e2e server is a bare `next start`: no scheduler runs beside it.
  await expect(panel).toContainText("未运行");
  // The previous test ran today's date by hand: it is the last run, and the next scheduled run is
  // tomorrow's date, the day after tomorrow at 01:00.
  await expect(panel).toContainText(`上次执行${today}已完成`);
  await expect(panel).toContainText(/开始 \d{4}-\d{2}-\d{2} \d{2}:\d{2} · 完成 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await expect(panel).toContainText(`下次执行${addDays(today, 2)} 01:00（北京时间）营业日期 ${addDays(today, 1)}`);

  // A time that is not HH:MM is refused next to the field; nothing changes.
  const time = page.getByLabel("每日执行时间（北京时间）");
  await time.fill("25:00");
  await page.getByRole("button", { name: "保存时间" }).click();
  await expect(page.locator("form#schedule")).toContainText("请输入有效的执行时间（24小时制 时:分，如 01:00）");
  await expect(time).toHaveAttribute("aria-invalid", "true");

  await time.fill("02:30");
  await page.getByRole("button", { name: "保存时间" }).click();
  await expect(page.locator("form#schedule").getByRole("status")).toContainText(
    "已保存：每日 02:30（北京时间）自动执行前一营业日的日终批处理",
  );
  await page.reload();
  await expect(panel).toContainText(`下次执行${addDays(today, 2)} 02:30（北京时间）`);

  // Back to the default for the specs after this one.
  await page.getByLabel("每日执行时间（北京时间）").fill("01:00");
  await page.getByRole("button", { name: "保存时间" }).click();
  await expect(page.locator("form#schedule").getByRole("status")).toContainText("已保存：每日 01:00");
});
