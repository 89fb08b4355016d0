import { expect, test } from "@playwright/test";
import { restoreSession } from "./support/sessions";
import { homeOwnerWithoutLoan } from "./support/seeded-people";
import { seriousAxeViolations } from "./support/axe";

// Issue 15.8 leftovers: the teller scans the materials into the window's own loan form (the same
// checks as online: a renamed program is refused at its field), and the reviewer opens them from
// /review as stored. A scan brought later is added to the accepted case (补充材料).

const contract = { name: "购房合同.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% window e2e purchase contract\n") };
const marriage = { name: "结婚证.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7]) };
const renamedExe = { name: "收入证明.pdf", mimeType: "application/pdf", buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]) };

test("a teller accepts a loan with an uploaded PDF and adds a scan later; the reviewer opens it from /review", async ({ browser }) => {
  test.setTimeout(180_000);
  const applicant = await homeOwnerWithoutLoan(7);

  // 1. The teller at window 7 opens a case and fills the loan form with two scans, one of them bad.
  const teller = await (await browser.newContext()).newPage();
  await restoreSession(teller, { staff: "teller07", windowNo: 7 });
  await teller.goto("/window");
  const open = teller.locator("form#open-case");
  await open.getByLabel("申请人身份证号").fill(applicant);
  await open.getByRole("button", { name: "开办件" }).click();
  await expect(teller).toHaveURL(/\/window\/cases\/[^/]+$/);
  const caseNo = (await teller.getByRole("heading", { level: 1 }).textContent())!.replace("办件", "").trim();
  const form = teller.locator("form#loan");
  await expect(form.getByRole("radio").first()).toBeChecked();
  await form.getByLabel("贷款金额（元）", { exact: true }).fill("100000");
  await form.getByLabel("贷款期限", { exact: true }).fill("10");
  await form.getByLabel("收款人（售房人）", { exact: true }).fill("南京安居房地产经纪有限公司");
  await form.getByLabel("收款账号", { exact: true }).fill("320100012345678907");
  await expect(form.getByRole("group", { name: /申请材料扫描件/ })).toBeVisible();
  await form.getByLabel("购房合同或不动产权证书").setInputFiles(contract);
  await form.getByLabel("收入证明").setInputFiles(renamedExe);
  await form.getByRole("button", { name: "受理贷款申请" }).click();
  await expect(form.getByLabel("收入证明")).toHaveAttribute("aria-invalid", "true");
  await expect(form).toContainText("只接受 PDF、JPEG 或 PNG 文件");
  await expect(teller.getByRole("heading", { name: "当前阶段：已受理" })).toHaveCount(0);

  // 2. Without the bad file it is accepted, and the case page lists the stored scan.
  await form.getByLabel("购房合同或不动产权证书").setInputFiles(contract);
  await form.getByLabel("收入证明").setInputFiles([]);
  await form.getByRole("button", { name: "受理贷款申请" }).click();
  await expect(teller.getByRole("heading", { name: "当前阶段：已受理" })).toBeVisible();
  const tellerDocs = teller.getByRole("region", { name: "申请材料", exact: true });
  await expect(tellerDocs).toContainText("购房合同或不动产权证书");
  await expect(tellerDocs.getByRole("link")).toHaveCount(1);
  const tellerHref = (await tellerDocs.getByRole("link", { name: "购房合同.pdf" }).getAttribute("href"))!;
  expect(tellerHref).toMatch(/^\/window\/cases\/[^/]+\/documents\/[^/]+$/);

  // 补充材料: the citizen brings the marriage certificate later; nothing chosen is refused in Chinese.
  const add = teller.locator("form#add-documents");
  await add.getByRole("button", { name: "上传补充材料" }).click();
  await expect(add.getByRole("alert")).toHaveText("请选择要上传的材料");
  const violations = await seriousAxeViolations(teller, "/window/cases/[caseId] with 补充材料 refused");
  expect(violations, violations.join("\n")).toEqual([]);
  await add.getByLabel("婚姻状况证明").setInputFiles(marriage);
  await add.getByRole("button", { name: "上传补充材料" }).click();
  await expect(tellerDocs.getByRole("link")).toHaveCount(2);
  await expect(tellerDocs).toContainText("婚姻状况证明");

  // 3. The reviewer finds the case in the approval queue and opens the scan: the very bytes, inline.
  const reviewer = await (await browser.newContext()).newPage();
  await restoreSession(reviewer, { staff: "reviewer01" });
  await reviewer.goto("/review");
  await reviewer
    .getByRole("region", { name: /待审批/ })
    .getByRole("link", { name: caseNo })
    .click();
  await expect(reviewer.getByRole("heading", { level: 1 })).toContainText(caseNo);
  const docs = reviewer.getByRole("region", { name: "申请材料", exact: true });
  await expect(docs).toContainText("购房合同或不动产权证书");
  await expect(docs.getByRole("link", { name: "结婚证.png" })).toBeVisible();
  const href = (await docs.getByRole("link", { name: "购房合同.pdf" }).getAttribute("href"))!;
  expect(href).toMatch(/^\/review\/cases\/[^/]+\/documents\/[^/]+$/);
  const response = await reviewer.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toBe(`inline; filename*=UTF-8''${encodeURIComponent("购房合同.pdf")}`);
  expect(Buffer.from(await response.body()).equals(contract.buffer)).toBe(true);
  // Opening it changed nothing: the case still waits for approval.
  await reviewer.reload();
  await expect(reviewer.getByRole("heading", { name: "当前阶段：已受理" })).toBeVisible();

  // 4. The /review route is the reviewer's: a teller is refused, a visitor is sent to sign in.
  expect((await teller.request.get(href, { maxRedirects: 0 })).status()).toBe(403);
  const visitor = await (await browser.newContext()).newPage();
  expect([302, 303, 307]).toContain((await visitor.request.get(href, { maxRedirects: 0 })).status());
  // Another case's document id under this case's path is not found.
  const otherCaseHref = href.replace(/\/cases\/[^/]+\//, "/cases/not-this-case/");
  expect((await reviewer.request.get(otherCaseHref)).status()).toBe(404);
});
