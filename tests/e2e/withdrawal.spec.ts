import { expect, test, type Browser, type Page } from "@playwright/test";
import { signedInPage } from "./support/sessions";

/** 李娜: no loan, enough balance for a rent withdrawal. */
const CITIZEN_ID = "320104199203150022";
const pdf = (name: string) => ({ name, mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% e2e upload\n") });
/** "¥12,345.60" → 1234560 (fen), exact. */
const fen = (text: string) => Number(/-?¥?([\d,]+)\.(\d{2})/.exec(text)!.slice(1).join("").replaceAll(",", ""));

async function signInCitizen(browser: Browser): Promise<Page> {
  const page = await signedInPage(browser, { citizen: CITIZEN_ID });
  await page.goto("/home");
  await expect(page).toHaveURL(/\/portal$/);
  return page;
}

/** teller01…teller10 sign in at the window of their number; each has a withdrawal limit (seed). */
async function signInTeller(browser: Browser, loginName = "teller01", windowNo = 1): Promise<Page> {
  const page = await signedInPage(browser, { staff: loginName, windowNo });
  await page.goto("/home");
  await expect(page).toHaveURL(/\/window/);
  return page;
}

test("a citizen applies for a rent withdrawal, a teller approves it and another pays it, the citizen sees the payout and the new balance", async ({
  browser,
}) => {
  // Two signed-in users on a shared 2-core machine: more than the default 30 s.
  test.setTimeout(120_000);
  const citizen = await signInCitizen(browser);
  await citizen.goto("/portal/withdrawals");
  const before = fen((await citizen.getByText(/^账户余额 /).textContent())!);

  const form = citizen.locator("form#withdrawal-apply");
  await form.getByLabel("提取原因").selectOption("07");
  await form.getByLabel("月租金（元）").fill("1500.00");
  await form.getByLabel("提取月数").fill("2");
  await form.getByLabel("提取金额（元）").fill("3000.00");
  await form.getByLabel("收款开户银行").fill("中国工商银行南京分行");
  await form.getByLabel("收款银行卡号（本人）").fill("6222020000000000001");
  await form.getByLabel("身份证", { exact: true }).setInputFiles(pdf("id.pdf"));
  await form.getByLabel("本人银行卡", { exact: true }).setInputFiles(pdf("card.pdf"));
  await form.getByLabel("住房租赁合同", { exact: true }).setInputFiles(pdf("lease.pdf"));
  await form.getByRole("button", { name: "提交提取申请" }).click();

  await expect(citizen).toHaveURL(/submitted=TQ/);
  const withdrawalNo = new URL(citizen.url()).searchParams.get("submitted")!;
  const mine = citizen.getByRole("region", { name: "我的提取申请" });
  await expect(mine.getByRole("row", { name: new RegExp(withdrawalNo) })).toContainText("待审核");

  const teller = await signInTeller(browser);
  await teller.goto("/window/withdrawals");
  await teller.getByRole("link", { name: withdrawalNo }).click();
  await expect(teller.getByRole("heading", { level: 1 })).toContainText(withdrawalNo);
  await expect(teller.getByRole("region", { name: "申请材料" }).getByRole("row")).toHaveCount(4);
  await teller.getByRole("button", { name: "批准", exact: true }).click();
  await expect(teller.getByRole("region", { name: "申请信息" })).toContainText("已批准，待支付");
  // The approver may not pay: a second teller pays through the bank port.
  await teller.getByRole("button", { name: "通过银行支付" }).click();
  await expect(teller.getByRole("region", { name: "支付" })).toContainText("审批该申请的人员不得办理支付");
  const payer = await signInTeller(browser, "teller02", 2);
  await payer.goto(teller.url());
  await payer.getByRole("button", { name: "通过银行支付" }).click();
  await expect(payer.getByRole("region", { name: "申请信息" })).toContainText("已支付");
  await expect(payer.getByRole("region", { name: "申请信息" })).toContainText(/银行回单号\s*LBP[0-9A-F]{16}/);

  await citizen.reload();
  await expect(mine.getByRole("row", { name: new RegExp(withdrawalNo) })).toContainText("已支付");
  const after = fen((await citizen.getByText(/^账户余额 /).textContent())!);
  expect(before - after).toBe(300000);
  const payouts = citizen.getByRole("region", { name: "提取到账记录" });
  await expect(payouts).toContainText("-¥3,000.00");
  await expect(payouts).toContainText("租赁住房提取");
});

test("a citizen sees the account history, downloads a deposit certificate, and anyone can verify its code", async ({ browser }) => {
  test.setTimeout(90_000);
  const citizen = await signInCitizen(browser);
  await citizen.goto("/portal/account");
  await expect(citizen.getByRole("heading", { level: 1, name: "我的账户" })).toBeVisible();
  await expect(citizen.getByRole("table", { name: "按月缴存明细" }).getByRole("row").nth(1)).toContainText("¥");
  await expect(citizen.getByRole("region", { name: "年度结息" })).toBeVisible();

  await citizen.goto("/portal/certificate");
  const download = citizen.waitForEvent("download");
  await citizen.getByRole("link", { name: "下载缴存证明（PDF）" }).click();
  const file = await download;
  const code = /([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})\.pdf$/.exec(file.suggestedFilename())?.[1];
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/verify");
  await visitor.getByLabel("验证码").fill(code!.toLowerCase());
  await visitor.getByRole("button", { name: "核验" }).click();
  await expect(visitor.getByRole("heading", { name: /证明真实有效/ })).toContainText(code!);
  await expect(visitor.getByRole("main")).toContainText("李*");
  await expect(visitor.getByRole("main")).not.toContainText("李娜");
});

test("a teller takes a withdrawal at the window (ID card read), a second teller approves, a third pays through the bank port; the first teller's approve button is refused", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const teller = await signInTeller(browser);
  await teller.goto("/window");
  await teller.getByRole("navigation", { name: "窗口业务" }).getByRole("link", { name: "提取审核" }).click();
  await expect(teller).toHaveURL(/\/window\/withdrawals$/);
  await teller.getByRole("link", { name: "窗口受理提取" }).click();
  await expect(teller.getByRole("heading", { level: 1, name: "窗口受理提取" })).toBeVisible();

  const form = teller.locator("form#withdrawal-apply");
  // 王磊: a depositor with no loan (his sign-in is locked by the auth tests; the window doesn't need it).
  await form.getByLabel("申请人身份证号").fill("320106199511080014");
  // The ID card reader's output: the citizen is at the counter.
  await form.getByLabel("本人到场核验方式").selectOption("ID_CARD");
  await form.getByLabel("身份证读卡姓名").fill("王磊");
  await form.getByLabel("提取原因").selectOption("07");
  await form.getByLabel("月租金（元）").fill("1200.00");
  await form.getByLabel("提取月数").fill("1");
  await form.getByLabel("提取金额（元）").fill("1200.00");
  await form.getByLabel("收款开户银行").fill("中国银行南京分行");
  await form.getByLabel("收款银行卡号（本人）").fill("6216610000000000002");
  await form.getByLabel("身份证", { exact: true }).setInputFiles(pdf("id.pdf"));
  await form.getByLabel("本人银行卡", { exact: true }).setInputFiles(pdf("card.pdf"));
  await form.getByLabel("住房租赁合同", { exact: true }).setInputFiles(pdf("lease.pdf"));
  await form.getByRole("button", { name: "提交提取申请" }).click();

  await expect(teller).toHaveURL(/\/window\/withdrawals\/[^/]+$/);
  await expect(teller.getByRole("heading", { level: 1 })).toContainText("TQ");
  await expect(teller.getByRole("region", { name: "申请信息" })).toContainText("待审核");
  await expect(teller.getByRole("region", { name: "申请材料" }).getByRole("row")).toHaveCount(4);
  await expect(teller.getByRole("region", { name: "申请信息" })).toContainText("本人到场核验：读取身份证");

  // Maker ≠ checker: the teller who took it cannot approve it.
  await teller.getByRole("button", { name: "批准", exact: true }).click();
  await expect(teller.getByRole("region", { name: "审核" })).toContainText("提交或受理该申请的人员不得审批或支付该申请");
  await expect(teller.getByRole("region", { name: "申请信息" })).toContainText("待审核");

  const checker = await signInTeller(browser, "teller02", 2);
  await checker.goto(teller.url());
  await checker.getByRole("button", { name: "批准", exact: true }).click();
  await expect(checker.getByRole("region", { name: "申请信息" })).toContainText("已批准，待支付");

  const payer = await signInTeller(browser, "teller03", 3);
  await payer.goto(teller.url());
  await payer.getByRole("button", { name: "通过银行支付" }).click();
  const facts = payer.getByRole("region", { name: "申请信息" });
  await expect(facts).toContainText("已支付");
  await expect(facts).toContainText(/银行回单号\s*LBP[0-9A-F]{16}/);
  await expect(facts).toContainText("审批人刘洋");
  await expect(facts).toContainText("支付经办人王芳");
});

test("at the window, a card not in the applicant's name and a missing presence check are refused at their fields", async ({ browser }) => {
  test.setTimeout(90_000);
  const teller = await signInTeller(browser, "teller04", 4);
  await teller.goto("/window/withdrawals/new");
  const form = teller.locator("form#withdrawal-apply");
  await form.getByLabel("申请人身份证号").fill("320106199511080014");
  await form.getByLabel("本人到场核验方式").selectOption("PORTAL_CODE");
  await form.getByLabel("提取原因").selectOption("99");
  await form.getByLabel("提取金额（元）").fill("100.00");
  await form.getByLabel("收款开户银行").fill("中国银行南京分行");
  // 李娜's card, not 王磊's.
  await form.getByLabel("收款银行卡号（本人）").fill("6222020000000000001");
  await form.getByRole("button", { name: "提交提取申请" }).click();
  await expect(form.getByLabel("申请人确认码")).toHaveAccessibleDescription("确认码应为 6 位数字");
  await form.getByLabel("本人到场核验方式").selectOption("ID_CARD");
  await form.getByLabel("身份证读卡姓名").fill("王磊");
  await form.getByRole("button", { name: "提交提取申请" }).click();
  await expect(form.getByLabel("收款银行卡号（本人）")).toHaveAccessibleDescription("收款银行卡须为申请人本人名下的银行卡");
  await expect(teller).toHaveURL(/\/window\/withdrawals\/new$/);
});

test("a citizen gets a confirmation code on the portal and the teller takes the withdrawal with it", async ({ browser }) => {
  test.setTimeout(120_000);
  const citizen = await signInCitizen(browser);
  await citizen.goto("/portal/withdrawals");
  await citizen.getByRole("button", { name: "获取窗口办理确认码" }).click();
  const shown = citizen.getByRole("region", { name: "窗口办理确认码" }).getByRole("status");
  await expect(shown).toContainText(/您的确认码：\d{6}/);
  const code = /(\d{6})/.exec((await shown.textContent())!)![1]!;

  const teller = await signInTeller(browser, "teller05", 5);
  await teller.goto("/window/withdrawals/new");
  const form = teller.locator("form#withdrawal-apply");
  await form.getByLabel("申请人身份证号").fill(CITIZEN_ID);
  await form.getByLabel("本人到场核验方式").selectOption("PORTAL_CODE");
  await form.getByLabel("申请人确认码").fill(code);
  await form.getByLabel("提取原因").selectOption("99");
  await form.getByLabel("提取金额（元）").fill("100.00");
  await form.getByLabel("收款开户银行").fill("中国工商银行南京分行");
  await form.getByLabel("收款银行卡号（本人）").fill("6222020000000000001");
  await form.getByLabel("身份证", { exact: true }).setInputFiles(pdf("id.pdf"));
  await form.getByLabel("本人银行卡", { exact: true }).setInputFiles(pdf("card.pdf"));
  await form.getByLabel("相关证明材料", { exact: true }).setInputFiles(pdf("proof.pdf"));
  await form.getByRole("button", { name: "提交提取申请" }).click();
  await expect(teller).toHaveURL(/\/window\/withdrawals\/[^/]+$/);
  await expect(teller.getByRole("region", { name: "申请信息" })).toContainText("本人到场核验：申请人确认码");

  // Leave 李娜 with nothing in flight for the specs that follow, in any order: a second teller
  // refuses this one (one withdrawal in flight per depositor would refuse their next application).
  const checker = await signInTeller(browser, "teller06", 6);
  await checker.goto(teller.url());
  await checker.getByLabel("审核意见（不予批准时必填）").fill("端到端测试：确认码流程验证完毕，不予支付");
  await checker.getByRole("button", { name: "不予批准" }).click();
  await expect(checker.getByRole("region", { name: "申请信息" })).toContainText("不予批准");
});
