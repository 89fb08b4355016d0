import { expect, test } from "@playwright/test";
import { readDb } from "./support/db";
import { homeOwnerWithoutLoan } from "./support/seeded-people";
import { signedInPage } from "./support/sessions";

/** The citizen's cases and their contribution sums, read from the database to check the pages and files. */
async function casesOf(idNumber: string): Promise<number> {
  const [row] = await readDb<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Case" c JOIN "Depositor" d ON d.id = c."depositorId" WHERE d."idNumber" = $1`,
    [idNumber],
  );
  return row!.n;
}
async function contributionSums(idNumber: string): Promise<{ employer: string; personal: string; total: string }> {
  const [row] = await readDb<{ employer: string; personal: string; total: string }>(
    `SELECT sum(c."employerAmount")::text AS employer, sum(c."personalAmount")::text AS personal,
            sum(c."employerAmount" + c."personalAmount")::text AS total
       FROM "Contribution" c JOIN "DepositAccount" a ON a.id = c."accountId" JOIN "Depositor" d ON d.id = a."depositorId"
      WHERE d."idNumber" = $1`,
    [idNumber],
  );
  return row!;
}

// Issue 15.7–15.9: the public calculator, the signed-in preview, online materials seen at the
// window, and the citizen's history downloads.

const payslip = { name: "收入证明.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% services e2e payslip\n") };
const renamedExe = { name: "合同.pdf", mimeType: "application/pdf", buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]) };

test("a citizen tries the public calculator, previews and applies online with materials; a teller opens them; the citizen downloads a history", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const citizenId = await homeOwnerWithoutLoan(2);
  const visitor = await (await browser.newContext()).newPage();

  // 1. Without signing in: the landing page leads to the calculator, which shows every limit and the binding one.
  await visitor.goto("/");
  await visitor.getByRole("link", { name: "贷款额度试算" }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: "贷款额度试算" })).toBeVisible();
  const calc = visitor.locator("form#calculator");
  await calc.getByLabel("出生日期").fill("1990-01-01");
  await calc.getByRole("radio", { name: "男" }).check();
  await calc.getByLabel("公积金账户余额（元，夫妻合计）").fill("60000");
  await calc.getByLabel("月收入（元，夫妻合计）").fill("12000");
  await calc.getByLabel("已连续缴存月数").fill("24");
  await calc.getByLabel("房屋总价（元）").fill("1500000");
  await calc.getByLabel("贷款期限（年）").fill("30");
  await calc.getByRole("button", { name: "试算" }).click();
  const result = visitor.getByRole("region", { name: "试算结果" });
  await expect(result.getByTestId("max-amount")).toHaveText("¥900,000.00");
  await expect(result.locator("tr[aria-current=true]")).toContainText("公积金余额 × 倍数");
  await expect(result.getByTestId("first-payment")).toHaveText("¥3,603.06");
  // Bad input: a Chinese message at the field, no result.
  await calc.getByLabel("贷款期限（年）").fill("31");
  await calc.getByRole("button", { name: "试算" }).click();
  await expect(calc.getByLabel("贷款期限（年）")).toHaveAttribute("aria-invalid", "true");
  await expect(calc).toContainText("贷款期限最长30年");
  await expect(result).toHaveCount(0);

  // 2. Signed in: the online application shows the window's assessment before submitting.
  const citizen = await signedInPage(browser, { citizen: citizenId });
  await citizen.goto("/portal/loans/apply");
  const form = citizen.locator("form#loan");
  await expect(form.getByRole("radio").first()).toBeChecked();
  await form.getByLabel("贷款金额（元）", { exact: true }).fill("100000");
  await form.getByLabel("贷款期限", { exact: true }).fill("10");
  await form.getByLabel("收款人（售房人）", { exact: true }).fill("南京安居房地产经纪有限公司");
  await form.getByLabel("收款账号", { exact: true }).fill("320100012345678904");
  await form.getByRole("button", { name: "试算" }).click();
  const panel = citizen.getByRole("region", { name: "贷款试算结果" });
  await expect(panel).toContainText("符合贷款条件");
  for (const label of ["本市最高贷款额度", "房价 × 贷款成数", "公积金余额 × 倍数", "月还款不超过月收入50%"])
    await expect(panel).toContainText(label);
  await expect(panel.locator("tr[aria-current=true]")).toHaveCount(1);

  // A renamed program is refused by its first bytes, next to its field; nothing is submitted.
  await form.getByLabel("购房合同或不动产权证书").setInputFiles(renamedExe);
  await form.getByRole("button", { name: "提交贷款申请" }).click();
  await expect(form.getByLabel("购房合同或不动产权证书")).toHaveAttribute("aria-invalid", "true");
  await expect(form).toContainText("只接受 PDF、JPEG 或 PNG 文件");
  await expect(citizen).toHaveURL(/\/portal\/loans\/apply$/);
  expect(await casesOf(citizenId)).toBe(0);

  await form.getByLabel("购房合同或不动产权证书").setInputFiles([]);
  await form.getByLabel("收入证明").setInputFiles(payslip);
  await form.getByRole("button", { name: "提交贷款申请" }).click();
  await expect(citizen).toHaveURL(/\/portal#cases$/);
  const cases = citizen.getByRole("region", { name: "我的办件" });
  await expect(cases).toContainText("网上已申请");
  const caseNo = /BJ\d{12}/.exec((await cases.textContent())!)![0];

  // 3. A teller finds the online application and opens the uploaded file as stored.
  expect(await casesOf(citizenId)).toBe(1);
  const teller = await signedInPage(browser, { staff: "teller08", windowNo: 8 });
  await teller.goto("/window");
  await teller
    .getByRole("region", { name: /网上申请待受理/ })
    .getByRole("link", { name: caseNo })
    .click();
  const documents = teller.getByRole("region", { name: "网上申请材料" });
  await expect(documents).toContainText("收入证明");
  const link = documents.getByRole("link", { name: "收入证明.pdf" });
  const response = await teller.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(Buffer.from(await response.body()).equals(payslip.buffer)).toBe(true);

  // 4. The citizen downloads the contribution history, CSV and PDF; a visitor gets neither.
  await citizen.goto("/portal/account");
  const history = citizen.getByRole("region", { name: "缴存明细" });
  const [csvDownload] = await Promise.all([
    citizen.waitForEvent("download"),
    history.getByRole("link", { name: "下载缴存明细（CSV）" }).click(),
  ]);
  const csv = await (await csvDownload.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(csv.startsWith("\uFEFF缴存月份,缴存单位,缴存基数,单位部分,个人部分,合计\r\n")).toBe(true);
  const sums = await contributionSums(citizenId);
  expect(csv.endsWith(`\r\n合计,,,${sums.employer},${sums.personal},${sums.total}\r\n`)).toBe(true);
  const pdf = await citizen.request.get("/portal/account/history/pdf");
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  // A visitor without a session is sent to sign in, and gets no file.
  const anonymous = await visitor.request.get("/portal/account/history/csv", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(new URL(anonymous.headers()["location"]!, "http://x").pathname).toBe("/login");
});
