import { expect, test } from "@playwright/test";
import { submitStaffLogin } from "./support/sign-in";

const csvFile = (text: string) => ({ name: "remittance.csv", mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

test("an employer agent uploads a CSV with one bad row, gets the report and nothing is posted; the fixed file posts", async ({ page }) => {
  test.setTimeout(90_000);
  await submitStaffLogin(page, "agent01");
  await expect(page.getByRole("heading", { level: 1, name: "单位业务" })).toBeVisible();

  await page.goto("/employer/remittances");
  const template = await page.request.get("/employer/remittances/template");
  expect(template.ok()).toBe(true);
  const lines = (await template.text()).replace(/^\uFEFF/, "").trim().split(/\r\n/);
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

  await form.getByLabel("汇缴文件（CSV，UTF-8）").setInputFiles(csvFile(lines.join("\r\n")));
  await form.getByRole("button", { name: "上传并汇缴" }).click();
  await expect(page.getByRole("status").filter({ hasText: "汇缴" })).toContainText(`汇缴成功：共 ${people} 人`);
  await page.reload();
  await expect(page.getByRole("region", { name: "已汇缴记录" }).getByRole("row")).toHaveCount(2);
});

test("a teller sees every employer's arrears", async ({ page }) => {
  test.setTimeout(60_000);
  await submitStaffLogin(page, "teller02", { windowNo: 2 });
  await expect(page).toHaveURL(/\/window/);
  await page.goto("/window/employers");
  await expect(page.getByRole("heading", { level: 1, name: "单位缴存" })).toBeVisible();
  const table = page.getByRole("table", { name: "各单位汇缴与欠缴月份" });
  await expect(table.getByRole("row")).toHaveCount(61);
});
