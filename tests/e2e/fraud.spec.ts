import { expect, test, type Browser, type Page } from "@playwright/test";
import { FRAUD_PEOPLE } from "../../prisma/seed/fraud";
import { signedInPage } from "./support/sessions";

// 反欺诈 end to end: the seed holds two critical-illness claims with one hospital record under
// different names (prisma/seed/fraud.ts); the second, 邵志刚's, is HELD with a flag.
const COPYCAT = FRAUD_PEOPLE.illnessCopy;
const pdf = (name: string) => ({ name, mimeType: "application/pdf", buffer: Buffer.from(`%PDF-1.4\n% e2e ${name}\n`) });

/** A saved session of the account, on its home page (`landing`). */
async function signIn(browser: Browser, region: "工作人员登录" | "市民登录", name: string, landing: RegExp): Promise<Page> {
  const page = await signedInPage(browser, region === "市民登录" ? { citizen: name } : { staff: name });
  await page.goto("/home");
  await expect(page).toHaveURL(landing);
  return page;
}

test("a risk officer finds the duplicate illness claim and blacklists the person, whose next withdrawal is refused with the reason", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const officer = await signIn(browser, "工作人员登录", "risk01", /\/risk$/);
  await officer.goto("/risk/fraud");
  await expect(officer.getByRole("heading", { level: 1, name: "欺诈风险预警" })).toBeVisible();
  await officer.getByLabel("类型").selectOption("DUPLICATE_MEDICAL_RECORD");
  await officer.getByRole("button", { name: "筛选" }).click();
  const row = officer.getByRole("region", { name: /^风险预警/ }).getByRole("row", { name: new RegExp(COPYCAT.name) });
  await expect(row).toContainText("待核查");
  await row.getByRole("link", { name: "病历资料重复" }).click();

  await expect(officer.getByRole("heading", { level: 1 })).toContainText("病历资料重复");
  const sideBySide = officer.getByRole("region", { name: "病历资料对照" });
  await expect(sideBySide).toContainText(COPYCAT.name);
  await expect(sideBySide).toContainText(FRAUD_PEOPLE.illnessOriginal.name);
  await expect(sideBySide.getByRole("row", { name: /出院诊断/ })).toContainText("急性心肌梗死");

  const decide = officer.getByRole("region", { name: "核查处理" });
  await decide.getByLabel("核查意见").fill("与孟庆华住院病历完全一致，仅姓名年龄不同，系冒用");
  await decide.getByLabel("列入失信黑名单（仅在确认欺诈时）").check();
  await decide.getByLabel("列入原因（将告知申请人）").fill("冒用他人病历骗提住房公积金");
  await decide.getByLabel("证据材料").fill("两份出院记录及费用清单对照");
  await decide.getByRole("button", { name: "确认欺诈" }).click();
  const facts = officer.getByRole("region", { name: "预警信息" });
  await expect(facts).toContainText("已确认欺诈");
  await expect(facts).toContainText("在册至");

  await officer.goto("/risk/blacklist");
  await expect(officer.getByRole("region", { name: /^黑名单/ }).getByRole("row", { name: new RegExp(COPYCAT.idNumber) })).toContainText(
    "生效中",
  );

  const citizen = await signIn(browser, "市民登录", COPYCAT.idNumber, /\/portal$/);
  await citizen.goto("/portal/withdrawals");
  await expect(citizen.getByRole("region", { name: "我的提取申请" })).toContainText("不予批准");
  const form = citizen.locator("form#withdrawal-apply");
  await form.getByLabel("提取原因").selectOption("07");
  await form.getByLabel("月租金（元）").fill("1500.00");
  await form.getByLabel("提取月数").fill("2");
  await form.getByLabel("提取金额（元）").fill("3000.00");
  await form.getByLabel("收款开户银行").fill("中国建设银行南京分行");
  await form.getByLabel("收款银行卡号（本人）").fill("6217000000000099001");
  await form.getByLabel("身份证", { exact: true }).setInputFiles(pdf("id.pdf"));
  await form.getByLabel("本人银行卡", { exact: true }).setInputFiles(pdf("card.pdf"));
  await form.getByLabel("住房租赁合同", { exact: true }).setInputFiles(pdf("lease.pdf"));
  await form.getByRole("button", { name: "提交提取申请" }).click();

  const refusal = form.getByRole("alert");
  await expect(refusal).toContainText("您已被列入失信黑名单（冒用他人病历骗提住房公积金）");
  await expect(refusal).toContainText(/\d{4}-\d{2}-\d{2} 前不得办理住房公积金提取和贷款/);
  await expect(citizen).not.toHaveURL(/submitted=/);
  // What was typed is still there.
  await expect(form.getByLabel("提取金额（元）")).toHaveValue("3000.00");
});

test("the risk screens: retrospective workbench with re-verification and CSV, the insider report, and the admin's audit-chain check", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const officer = await signIn(browser, "工作人员登录", "risk01", /\/risk$/);
  await officer.goto("/risk/workbench");
  await officer.getByLabel("提取原因").selectOption("01");
  await officer.getByRole("button", { name: "与登记簿重新核验" }).click();
  await expect(officer).toHaveURL(/verify=1/);
  await expect(officer.getByRole("status")).toContainText(/已按今日登记簿核验 \d+ 笔含不动产权证书的申请/);
  const sample = officer.getByRole("region", { name: /^样本/ });
  await expect(sample.getByRole("row", { name: new RegExp(FRAUD_PEOPLE.invoiceUnknown.name) })).toContainText("与登记簿一致");
  const download = officer.waitForEvent("download");
  await sample.getByRole("link", { name: "导出 CSV（含核验结果）" }).click();
  const csv = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of csv) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  expect(text.startsWith("\uFEFF申请编号,提取原因")).toBe(true);
  expect(text).toContain(FRAUD_PEOPLE.invoiceUnknown.name);

  await officer.goto("/risk/insiders");
  await expect(officer.getByRole("region", { name: /^经办人员/ }).getByRole("row", { name: /teller07/ })).toContainText("异常");

  const admin = await signIn(browser, "工作人员登录", "admin", /\/admin$/);
  await admin.goto("/admin/audit");
  await admin.getByRole("button", { name: "校验审计链" }).click();
  await expect(admin.getByRole("status")).toContainText("审计链完整");
  await expect(admin.getByRole("region", { name: "最近 50 条审计记录" }).getByRole("row")).not.toHaveCount(1);
});
