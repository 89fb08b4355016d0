import { expect, test, type Page } from "@playwright/test";
import { readDb } from "./support/db";
import { signedInPage, restoreSession } from "./support/sessions";

const csvFile = (text: string) => ({ name: "remittance.csv", mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

/** "¥12,345.67" → 1234567 (fen). */
const fen = (text: string) => BigInt(text.replace(/[¥,\s]/g, "").replace(".", ""));
/** base × rate %, half-up to the fen, both in fen / hundredths of a percent. */
const part = (base: string, rate: string) => {
  const product = BigInt(base.replace(".", "")) * BigInt(Number(rate).toFixed(2).replace(".", ""));
  return (product + 5_000n) / 10_000n;
};

/**
 * The file's line of an employee whose account the seed opened (before today), so their demo
 * sign-in is the seed's: a person another spec hired today (and perhaps activated online with a
 * password of their own) is never the one watched.
 */
async function seededEmployeeLine(lines: string[]): Promise<string> {
  const ids = lines.slice(1).map((l) => l.split(",")[0]!);
  const [row] = await readDb<{ idNumber: string }>(
    `SELECT d."idNumber" FROM "Depositor" d JOIN "DepositAccount" a ON a."depositorId" = d.id
      WHERE d."idNumber" = ANY($1::text[]) AND a."openedOn" < (now() AT TIME ZONE 'Asia/Shanghai')::date
      ORDER BY d."idNumber" DESC LIMIT 1`,
    [ids],
  );
  if (!row) throw new Error("agent01's remittance template lists no employee opened by the seed");
  return lines.find((l) => l.startsWith(`${row.idNumber},`))!;
}

async function balanceOnPortal(page: Page): Promise<bigint> {
  await page.goto("/portal");
  const balance = page
    .getByRole("region", { name: "账户概况" })
    .locator("dt", { hasText: "账户余额" })
    .locator("xpath=following-sibling::dd[1]");
  return fen(await balance.innerText());
}

test("an employer agent uploads a CSV with one bad row, gets the report and nothing is posted; the fixed file is submitted, the balance is unchanged until the bank receipt is imported, then credited", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  await restoreSession(page, { staff: "agent01" });
  await page.goto("/home");
  await expect(page.getByRole("heading", { level: 1, name: "单位业务" })).toBeVisible();

  await page.goto("/employer/remittances");
  const template = await page.request.get("/employer/remittances/template");
  expect(template.ok()).toBe(true);
  const lines = (await template.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r\n/);
  expect(lines[0]).toBe("身份证号,姓名,缴存基数,单位比例,个人比例");
  const people = lines.length - 1;
  expect(people).toBeGreaterThan(1);
  const broken = [...lines];
  const cells = broken[2]!.split(",");
  cells[2] = "100.00";
  broken[2] = cells.join(",");

  const form = page.locator("form#remittance-upload");
  await form.getByLabel("汇缴文件（CSV，UTF-8）").setInputFiles(csvFile(broken.join("\r\n")));
  await form.getByRole("button", { name: "上传并汇缴" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "文件有" })).toContainText("文件有 1 处错误，本次未入账任何数据");
  const report = page.getByRole("table", { name: "汇缴文件逐行错误" });
  await expect(report.getByRole("row")).toHaveCount(2);
  await expect(report).toContainText("3");
  await expect(report).toContainText("缴存基数");
  await expect(report).toContainText("不能低于最低工资 2490.00 元");
  await page.reload();
  await expect(page.getByRole("region", { name: "已汇缴记录" })).toContainText("暂无通过本系统汇缴的记录");

  // One employee of the file, watched on their own portal (a second browser session).
  type FileLine = [idNumber: string, name: string, base: string, employerRate: string, personalRate: string];
  const [idNumber, , base, employerRate, personalRate] = (await seededEmployeeLine(lines)).split(",") as FileLine;
  const citizen = await signedInPage(browser, { citizen: idNumber });
  await citizen.goto("/home");
  await expect(citizen).toHaveURL(/\/portal/);
  const before = await balanceOnPortal(citizen);

  await form.getByLabel("汇缴文件（CSV，UTF-8）").setInputFiles(csvFile(lines.join("\r\n")));
  await form.getByRole("button", { name: "上传并汇缴" }).click();
  const submitted = page.getByRole("status").filter({ hasText: "汇缴" });
  await expect(submitted).toContainText(`汇缴已提交：共 ${people} 人`);
  const reference = (await submitted.locator("strong").innerText()).trim();
  expect(reference).toMatch(/^HJ\d{6}[0-9A-Z]{8}$/);
  await page.reload();
  const posted = page.getByRole("region", { name: "已汇缴记录" });
  await expect(posted.getByRole("row")).toHaveCount(2);
  await expect(posted).toContainText("待银行到账");
  expect(await balanceOnPortal(citizen)).toBe(before);

  // The employer pays through the (simulated) bank: still nothing credited.
  const transfer = page.getByRole("form", { name: /模拟银行转账/ });
  await expect(transfer).toContainText(reference);
  await transfer.getByRole("button", { name: "模拟银行转账" }).click();
  await expect(transfer.getByRole("status")).toContainText("模拟转账已到达银行");
  expect(await balanceOnPortal(citizen)).toBe(before);

  // Staff import the bank's receipt file: now it is credited, once.
  const staff = await signedInPage(browser, { staff: "admin" });
  await staff.goto("/home");
  await expect(staff).toHaveURL(/\/admin/);
  await staff.goto("/admin/remittances");
  await expect(staff.getByRole("region", { name: "未入账汇缴" })).toContainText(reference);
  const receiptForm = staff.locator("form#receipt-import");
  await receiptForm.getByRole("button", { name: "获取并导入到账回单" }).click();
  await expect(receiptForm.getByRole("status")).toContainText("入账 1 笔");
  expect(await balanceOnPortal(citizen)).toBe(before + part(base, employerRate) + part(base, personalRate));
  await receiptForm.getByRole("button", { name: "获取并导入到账回单" }).click();
  await expect(receiptForm.getByRole("status")).toContainText("入账 0 笔，金额不符 0 笔，附言无对应 0 笔，重复到账 0 笔，此前已导入 1 笔");
  expect(await balanceOnPortal(citizen)).toBe(before + part(base, employerRate) + part(base, personalRate));
  await page.reload();
  await expect(posted).toContainText("已入账");
});

test("a teller sees every employer's arrears", async ({ page }) => {
  test.setTimeout(60_000);
  await restoreSession(page, { staff: "teller02", windowNo: 2 });
  await page.goto("/home");
  await expect(page).toHaveURL(/\/window/);
  await page.goto("/window/employers");
  await expect(page.getByRole("heading", { level: 1, name: "单位缴存" })).toBeVisible();
  const table = page.getByRole("table", { name: "各单位汇缴与欠缴月份" });
  await expect(table.getByRole("row")).toHaveCount(61);
});

test("a reviewer sees the back payments awaiting approval and the remittances awaiting the bank", async ({ page }) => {
  test.setTimeout(60_000);
  await restoreSession(page, { staff: "reviewer01" });
  await page.goto("/home");
  await expect(page).toHaveURL(/\/review/);
  await page.getByRole("link", { name: "补缴审批" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "补缴审批" })).toBeVisible();
  await expect(page.getByRole("region", { name: "待审批的补缴" })).toBeVisible();
  await expect(page.getByRole("region", { name: "待银行到账的汇缴" })).toBeVisible();
});
