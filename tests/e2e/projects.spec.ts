import { expect, test, type Browser, type Page } from "@playwright/test";
import { ADMISSION_CONDITIONS } from "../../lib/projects/conditions";
import { E2E_PROJECT_NAME, NEW_HOME_BUYER, PROJECT_OFFICER } from "../../prisma/seed/projects";
import { restoreSession } from "./support/sessions";

// 楼盘准入 end to end: the project officer inspects an applied project on site and signs the
// admission agreement; a teller then accepts a new-home loan on one of its units, and the
// developer's stage guarantee shows on the case.

// A tiny real PNG (1×1): the upload is checked by its magic bytes, so any PNG will do.
const PHOTO = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

/** The staff member's saved session, on their home page. */
async function signInStaff(page: Page, loginName: string, windowNo?: number) {
  await restoreSession(page, { staff: loginName, windowNo });
  await page.goto("/home");
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Tomorrow in Asia/Shanghai (the app's business calendar), as YYYY-MM-DD. */
function tomorrowInShanghai(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(Date.now() + 86_400_000));
}

test("an officer admits a project after an inspection; a teller then accepts a new-home loan on one of its units", async ({ browser }) => {
  test.setTimeout(180_000);

  // The officer lands on the project list and finds the applied project.
  const officer = await newPage(browser);
  await signInStaff(officer, PROJECT_OFFICER.loginName);
  await expect(officer.getByRole("heading", { level: 1, name: "楼盘准入" })).toBeVisible();
  await officer.getByRole("search", { name: "筛选楼盘" }).getByLabel("准入状态").selectOption({ label: "已申请待准入" });
  await officer.getByRole("button", { name: "筛选" }).click();
  await officer.getByRole("link", { name: E2E_PROJECT_NAME }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toContainText(E2E_PROJECT_NAME);
  const admission = officer.getByRole("region", { name: "准入办理：已申请待准入" });

  // Without an inspection after the application the agreement cannot be signed.
  await admission.getByLabel("开发商签约代表").fill("刘海波");
  await admission.getByRole("button", { name: "签订准入协议并准入" }).click();
  await expect(admission.getByRole("alert")).toContainText("尚无现场查勘记录");

  // The inspection form: a future date and missing fields are refused with errors next to them.
  await admission.getByRole("link", { name: "录入现场查勘" }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toContainText("现场查勘");
  const form = officer.locator("form#inspection");
  await form.getByLabel("查勘日期").fill(tomorrowInShanghai());
  await form.getByLabel("查勘地点").fill("");
  await form.getByRole("button", { name: "保存查勘记录" }).click();
  await expect(form.getByText(/查勘日期不能晚于今天/)).toBeVisible();
  await expect(form.getByText("请填写查勘地点")).toBeVisible();
  await expect(form.getByText("请填写查勘情况")).toBeVisible();
  await expect(form.getByText("请核查“商品房预售许可证”是否满足")).toBeVisible();
  await expect(form.getByText("请上传至少一张现场照片")).toBeVisible();

  // Then filled in properly: every condition checked on site, a photo, the conclusion.
  await form.getByLabel("查勘日期").fill(
    await form
      .getByLabel("查勘日期")
      .getAttribute("max")
      .then((v) => v!),
  );
  await form.getByLabel("查勘地点").fill(`${E2E_PROJECT_NAME}项目现场及售楼处`);
  await form.getByLabel("查勘情况").fill("主体结构施工至地上三分之二，预售资金监管账户已开立，售楼处公示五证齐全。");
  for (const condition of ADMISSION_CONDITIONS) {
    await form.getByRole("group", { name: condition.label, exact: true }).getByLabel("满足", { exact: true }).check();
  }
  await form.getByLabel("通过（必备条件全部满足）").check();
  await form.getByLabel(/现场照片/).setInputFiles({ name: "现场.png", mimeType: "image/png", buffer: PHOTO });
  await form.getByRole("button", { name: "保存查勘记录" }).click();
  await expect(officer).toHaveURL(/\/admin\/projects\/[^/]+#inspections$/);
  const inspections = officer.getByRole("region", { name: /现场查勘记录/ });
  const newest = inspections.getByRole("listitem", { name: /^查勘 / }).first();
  await expect(newest.getByText("通过", { exact: true })).toBeVisible();
  await expect(inspections.getByRole("img", { name: "现场.png" })).toBeVisible();

  // The agreement is signed on site: the project is admitted with an agreement number.
  await admission.getByLabel("开发商签约代表").fill("刘海波");
  await admission.getByRole("button", { name: "签订准入协议并准入" }).click();
  const admitted = officer.getByRole("region", { name: "准入办理：已准入" });
  await expect(admitted).toContainText(/准入协议（ZRXY\d{8}）/);
  const agreementNo = (await admitted.textContent())!.match(/ZRXY\d{8}/)![0];

  // One of its units still on sale, by its 28-character unit number.
  const unitRow = officer.getByRole("table", { name: "楼盘房屋" }).getByRole("row").filter({ hasText: "可售" }).first();
  const unitNo = (await unitRow.getByRole("cell").first().textContent())!.trim();
  expect(unitNo).toMatch(/^\d{12}GB\d{5}F\d{8}$/);

  // The teller at window 1 opens a case for the buyer, who owns no home: the unit is typed once.
  const teller = await newPage(browser);
  await signInStaff(teller, "teller01", 1);
  await expect(teller.getByRole("heading", { level: 1, name: "综合窗口 · 1号窗口" })).toBeVisible();
  const open = teller.getByRole("region", { name: "按身份证号开办件" });
  await open.getByLabel("申请人身份证号").fill(NEW_HOME_BUYER.idNumber);
  await open.getByRole("button", { name: "开办件" }).click();
  await expect(teller).toHaveURL(/\/window\/cases\/[^/]+$/);
  await expect(teller.getByText("登记簿中未查到申请人名下房产")).toBeVisible();
  await teller.getByLabel("或输入不动产权证书号 / 不动产单元号").fill(unitNo);
  await teller.getByLabel("购房合同价（元，新建商品房填写）").fill("2600000");
  await teller.getByLabel("贷款金额（元）", { exact: true }).fill("800000");
  await teller.getByLabel("贷款期限", { exact: true }).fill("25");
  await teller.getByLabel("收款人（售房人）").fill("南京仙林房地产开发有限公司");
  await teller.getByLabel("收款账号").fill("320100098765432101");
  await teller.getByRole("button", { name: "试算" }).click();
  const panel = teller.getByRole("region", { name: "贷款试算结果" });
  await expect(panel).toContainText("符合贷款条件");
  await expect(panel).toContainText("尚未办证（新建商品房）");
  await expect(panel).toContainText("南京仙林房地产开发有限公司（开发商");
  await expect(panel).toContainText("¥2,600,000.00");
  await teller.getByRole("button", { name: "受理贷款申请" }).click();
  await expect(teller.getByRole("heading", { name: "当前阶段：已受理" })).toBeVisible();

  // The developer's stage guarantee covers the loan until the mortgage is registered.
  const guarantee = teller.getByRole("region", { name: "开发商阶段性担保（新建商品房）" });
  await expect(guarantee).toContainText("南京仙林房地产开发有限公司");
  await expect(guarantee).toContainText("担保中");
  await expect(guarantee).toContainText("¥800,000.00");
  await expect(guarantee).toContainText(agreementNo);

  // Back on the project page, the unit is taken and the guarantee is listed.
  await officer.reload();
  await expect(officer.getByRole("table", { name: "楼盘房屋" }).getByRole("row").filter({ hasText: unitNo })).toContainText("已贷款");
  await expect(officer.getByRole("table", { name: "阶段性担保" })).toContainText(NEW_HOME_BUYER.name);
});
