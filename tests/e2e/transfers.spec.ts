import { expect, test, type Browser, type Page } from "@playwright/test";
import { readDb } from "./support/db";
import { depositorName, movingToBeijing } from "./support/seeded-people";
import { signedInPage } from "./support/sessions";

/** teller06 and teller08 (withdrawal limit ¥20,000) at the windows of their number. */
async function signInTeller(browser: Browser, loginName: string, windowNo: number): Promise<Page> {
  return signedInPage(browser, { staff: loginName, windowNo });
}

async function transfersOf(idNumber: string) {
  return readDb<{ transferNo: string; status: string }>(
    `SELECT t."transferNo", t.status::text AS status FROM "FundTransfer" t JOIN "Depositor" d ON d.id = t."depositorId" WHERE d."idNumber" = $1`,
    [idNumber],
  );
}

test("a teller takes a transfer out of the city, another approves it, the platform's acceptance pays it out and the citizen sees the account closed", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const idNumber = await movingToBeijing(0);
  const [before] = await readDb<{ balance: string }>(
    `SELECT a.balance::text AS balance FROM "DepositAccount" a JOIN "Depositor" d ON d.id = a."depositorId" WHERE d."idNumber" = $1`,
    [idNumber],
  );

  const maker = await signInTeller(browser, "teller06", 6);
  await maker.goto("/window/transfers");
  const apply = maker.getByRole("region", { name: "窗口受理转移申请" });
  // Bad input first: a wrong check digit is refused next to the field, nothing written.
  await apply.getByLabel("申请人身份证号").fill(`${idNumber.slice(0, 17)}${idNumber.endsWith("0") ? "1" : "0"}`);
  await apply.getByLabel("业务类型").selectOption("OUT");
  await apply.getByLabel(/^对方公积金中心/).selectOption("110000");
  await apply.getByRole("button", { name: "提交转移申请" }).click();
  await expect(apply.getByLabel("申请人身份证号")).toHaveAttribute("aria-invalid", "true");
  await expect(apply.getByText("身份证号校验位不正确，请核对后重新输入")).toBeVisible();
  expect(await transfersOf(idNumber)).toEqual([]);

  await apply.getByLabel("申请人身份证号").fill(idNumber);
  // A transfer out at the window needs the citizen's presence, as a window withdrawal: the card's name is read.
  await apply.getByRole("button", { name: "提交转移申请" }).click();
  await expect(apply.getByLabel("身份证读卡姓名")).toHaveAccessibleDescription("请读取申请人身份证（姓名）");
  await apply.getByLabel("身份证读卡姓名").fill("并非本人");
  await apply.getByRole("button", { name: "提交转移申请" }).click();
  await expect(apply.getByLabel("本人到场核验方式")).toHaveAccessibleDescription("读取的身份证信息与申请人不符，不能受理");
  await expect(apply.getByRole("status")).toHaveCount(0);
  expect(await transfersOf(idNumber)).toEqual([]);
  await apply.getByLabel("身份证读卡姓名").fill(await depositorName(idNumber));
  await apply.getByRole("button", { name: "提交转移申请" }).click();
  await expect(apply.getByRole("status")).toContainText(/已受理，业务编号 ZY\d{8}[0-9A-F]{8}/);
  const transferNo = /ZY\d{8}[0-9A-F]{8}/.exec((await apply.getByRole("status").textContent())!)![0];

  // Maker ≠ checker: the teller who took it cannot approve it.
  const own = maker.getByRole("form", { name: `审批转出申请 ${transferNo}` });
  await own.getByRole("button", { name: "批准并发送联系函" }).click();
  await expect(own.getByRole("alert")).toContainText("提交或受理该申请的人员不得审批该申请");
  expect(await transfersOf(idNumber)).toEqual([{ transferNo, status: "SUBMITTED" }]);

  const checker = await signInTeller(browser, "teller08", 8);
  await checker.goto("/window/transfers");
  await checker
    .getByRole("form", { name: `审批转出申请 ${transferNo}` })
    .getByRole("button", { name: "批准并发送联系函" })
    .click();
  const open = checker.getByRole("region", { name: "在办转移申请" });
  await expect(open.getByRole("row", { name: new RegExp(transferNo) })).toContainText("已发联系函，待对方中心办理");

  // The other center's acceptance comes back through the platform: the funds leave once.
  await open.getByRole("button", { name: "接收转移平台消息" }).click();
  await expect(open.getByRole("status")).toContainText("办结 1 笔");
  const done = checker.getByRole("region", { name: "近期办结" }).getByRole("row", { name: new RegExp(transferNo) });
  await expect(done).toContainText("已办结");
  await expect(done).toContainText("北京住房公积金管理中心");
  // The same platform messages again change nothing; the payout is the balance plus the closing interest (销户结息).
  await open.getByRole("button", { name: "接收转移平台消息" }).click();
  await expect(open.getByRole("status")).toContainText("办结 0 笔");
  const [paid] = await readDb<{ amount: string; balancePlusInterest: string; interestNotNegative: boolean }>(
    `SELECT amount::text AS amount, ($2::numeric + "closingInterest")::text AS "balancePlusInterest",
            "closingInterest" >= 0 AS "interestNotNegative"
       FROM "FundTransfer" WHERE "transferNo" = $1 AND status = 'COMPLETED'`,
    [transferNo, before!.balance],
  );
  expect(paid).toBeDefined();
  expect(paid!.amount).toBe(paid!.balancePlusInterest);
  expect(paid!.interestNotNegative).toBe(true);

  const citizen = await signedInPage(browser, { citizen: idNumber });
  await citizen.goto("/portal/transfers");
  await expect(citizen.getByRole("heading", { level: 1 })).toContainText("异地转移接续");
  await expect(citizen.getByText(/账户余额 ¥0\.00，账户状态：销户/)).toBeVisible();
  await expect(citizen.getByRole("region", { name: "我的转移申请" }).getByRole("row", { name: new RegExp(transferNo) })).toContainText(
    "已办结",
  );
  await expect(citizen.getByRole("region", { name: "申请转移接续" })).toHaveCount(0);
  await citizen.goto("/portal/account");
  await expect(citizen.getByText("销户", { exact: true }).first()).toBeVisible();
});
