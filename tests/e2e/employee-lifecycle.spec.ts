import { expect, test, type Page } from "@playwright/test";
import { readDb as query } from "./support/db";
import { unusedResidentId } from "./support/seeded-people";
import { restoreSession, signedInPage } from "./support/sessions";

/** Today in Asia/Shanghai, the server's business date. */
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const lastMonthEnd = (() => {
  const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
})();
const leftOn = `${lastMonthEnd.slice(0, 7)}-15`;

/**
 * An employee of agent02's employer with a balance and nothing in flight (no loan, case or
 * withdrawal), opened before the leaving date: the one this spec moves to agent03's employer.
 */
async function leaverOfAgent02() {
  const [row] = await query<{ idNumber: string; name: string; accountNo: string; balance: string }>(
    `SELECT d."idNumber", d.name, a."accountNo", a.balance::text AS balance
       FROM "User" u JOIN "DepositAccount" a ON a."employerId" = u."employerId" JOIN "Depositor" d ON d.id = a."depositorId"
      WHERE u."loginName" = 'agent02' AND a.status = 'NORMAL' AND a.balance > 0 AND a."openedOn" < $1::date
        AND NOT EXISTS (SELECT 1 FROM "Loan" l WHERE l."borrowerId" = d.id OR l."coBorrowerId" = d.id)
        AND NOT EXISTS (SELECT 1 FROM "Withdrawal" w WHERE w."depositorId" = d.id)
        AND NOT EXISTS (SELECT 1 FROM "Case" c WHERE c."depositorId" = d.id)
        AND NOT EXISTS (SELECT 1 FROM "StaffChange" s WHERE s."accountId" = a.id)
      ORDER BY d."idNumber" DESC LIMIT 1`,
    [leftOn],
  );
  if (!row) throw new Error("The seeded e2e database has no employee of agent02's employer to move");
  return row;
}

async function hire(page: Page, person: { idNumber: string; name: string; base: string }) {
  const form = page.locator("form#hire");
  await form.getByLabel("身份证号").fill(person.idNumber);
  await form.getByLabel("姓名").fill(person.name);
  await form.getByLabel("手机号码").fill("13912345678");
  await form.getByLabel("缴存基数（元）").fill(person.base);
  await form.getByRole("button", { name: "办理增员" }).click();
  return form;
}

test("an agent adds a hire, cancels a leave recorded by mistake and records a leaver; the month-end step seals the leaver; a second employer's hire moves the account and unseals it, balance exact", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const leaver = await leaverOfAgent02();

  // agent02: a person new to the fund is hired (个人开户).
  await restoreSession(page, { staff: "agent02" });
  await page.goto("/employer");
  await expect(page.getByRole("heading", { level: 1, name: "单位业务" })).toBeVisible();
  await page.getByRole("link", { name: /增减员/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "增减员" })).toBeVisible();
  const newcomer = {
    idNumber: await unusedResidentId("320106", "1999-09-09"),
    name: "测试新员工",
    base: "6000",
  };
  let form = await hire(page, newcomer);
  await expect(form.getByRole("status")).toContainText("增员成功：已开户，个人账号 3201");
  const newcomerNo = /个人账号 (3201\d{8})/.exec((await form.getByRole("status").textContent())!)![1]!;
  await page.reload();
  await expect(page.getByRole("table", { name: "在册职工账户" })).toContainText("测试新员工");

  // A leave recorded by mistake is cancelled (撤销减员) before its month-end seal; the reason is required.
  const thisMonthEnd = (() => {
    const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + 1, 0);
    return d.toISOString().slice(0, 10);
  })();
  const mistake = page.locator("form#leave");
  await mistake.getByLabel("减员职工").selectOption({ label: `测试新员工（${newcomerNo}）` });
  await mistake.getByLabel("离职日期").fill(today);
  await mistake.getByLabel("减员原因").fill("误操作");
  await mistake.getByRole("button", { name: "登记减员" }).click();
  await expect(mistake.getByRole("status")).toContainText(`减员已登记，账户将于 ${thisMonthEnd} 月末封存`);
  await page.reload();
  const cancel = page.locator("form#cancel-leave");
  await cancel.getByLabel("待封存的减员登记").selectOption({ label: `测试新员工（${newcomerNo}，${thisMonthEnd} 封存）` });
  await cancel.getByRole("button", { name: "撤销减员" }).click();
  await expect(cancel.getByLabel("撤销原因")).toHaveAccessibleDescription("请填写撤销原因");
  // NOTE: React resets the form after an action; the select falls back to "请选择".
  await cancel.getByLabel("待封存的减员登记").selectOption({ label: `测试新员工（${newcomerNo}，${thisMonthEnd} 封存）` });
  await cancel.getByLabel("撤销原因").fill("误登记，职工仍在岗");
  await cancel.getByRole("button", { name: "撤销减员" }).click();
  await expect(cancel.getByRole("status")).toContainText(`已撤销减员，账户继续正常缴存，不再于 ${thisMonthEnd} 封存`);
  await page.reload();
  await expect(page.getByRole("table", { name: "增减员记录" }).getByRole("row").filter({ hasText: newcomerNo }).first()).toContainText(
    "已撤销",
  );
  await expect(page.locator("form#cancel-leave").getByRole("option", { name: new RegExp(newcomerNo) })).toHaveCount(0);

  // A wrong check digit is refused next to the field, nothing written.
  const wrong = newcomer.idNumber.slice(0, 17) + (newcomer.idNumber.endsWith("1") ? "2" : "1");
  form = await hire(page, { ...newcomer, idNumber: wrong, name: "校验位错" });
  await expect(form.locator("#hire-idNumber-error")).toContainText("身份证号校验位不正确");
  expect(
    await query(`SELECT 1 FROM "Depositor" WHERE "idNumber" = $1 OR name = '校验位错'`, [wrong]),
    "no depositor written for the refused hire",
  ).toHaveLength(0);

  // The leaver (减员): sealed at the end of the leaving month, not before.
  const leave = page.locator("form#leave");
  await leave.getByLabel("减员职工").selectOption({ label: `${leaver.name}（${leaver.accountNo}）` });
  await leave.getByLabel("离职日期").fill(leftOn);
  await leave.getByLabel("减员原因").fill("辞职");
  await leave.getByRole("button", { name: "登记减员" }).click();
  await expect(leave.getByRole("status")).toContainText(`减员已登记，账户将于 ${lastMonthEnd} 月末封存`);

  // agent03 cannot take the account over before it is sealed.
  const other = await signedInPage(browser, { staff: "agent03" });
  await other.goto("/employer/staff");
  form = await hire(other, { idNumber: leaver.idNumber, name: leaver.name, base: "7000" });
  await expect(form.locator("#hire-idNumber-error")).toContainText("该职工在其他单位的账户尚未封存");

  // The month-end step (the daily batch runs it; an ADMIN may run it up to a date).
  const admin = await signedInPage(browser, { staff: "admin" });
  // The contribution rate bounds are a versioned parameter: a bad pair is refused at its field,
  // nothing published; the same 5 %–12 % from today publishes a new version.
  await admin.goto("/admin/parameters");
  const bounds = admin.locator("form#rate-bounds");
  await bounds.getByLabel("缴存比例下限（%）").fill("13");
  await bounds.getByLabel("缴存比例上限（%）").fill("12");
  await bounds.getByRole("button", { name: "发布新版本" }).click();
  await expect(bounds.getByLabel("缴存比例上限（%）")).toHaveAccessibleDescription("上限不能低于下限");
  await bounds.getByLabel("缴存比例下限（%）").fill("5");
  await bounds.getByRole("button", { name: "发布新版本" }).click();
  await expect(bounds.getByRole("status")).toContainText(new RegExp(`已发布第 \\d+ 版，自 ${today} 起生效`));
  await admin.goto("/admin/month-end");
  await expect(admin.getByRole("table", { name: "待月末封存的减员" })).toContainText(leaver.accountNo);
  // Every pending leave sealed by that date whose account is still open at its employer, the leaver's among them.
  const [due] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "StaffChange" s JOIN "DepositAccount" a ON a.id = s."accountId"
      WHERE s.kind = 'LEAVE' AND s.status = 'PENDING' AND s."sealOn" <= $1::date AND a."employerId" = s."employerId" AND a.status = 'NORMAL'`,
    [lastMonthEnd],
  );
  expect(due!.n).toBeGreaterThanOrEqual(1);
  await admin.locator("form#month-end").getByLabel("封存截至日期").fill(lastMonthEnd);
  await admin.getByRole("button", { name: "执行月末封存" }).click();
  await expect(admin.locator("form#month-end").getByRole("status")).toContainText(`截至 ${lastMonthEnd}：封存 ${due!.n} 个账户`);
  await page.reload();
  const row = page.getByRole("table", { name: "在册职工账户" }).getByRole("row").filter({ hasText: leaver.accountNo });
  await expect(row).toContainText("封存");

  // agent03 hires the same person: the sealed account moves here and is unsealed, balance and all.
  form = await hire(other, { idNumber: leaver.idNumber, name: leaver.name, base: "7000" });
  await expect(form.getByRole("status")).toContainText(
    `增员成功：已市内转移并启封，个人账号 ${leaver.accountNo}，转入余额 ${leaver.balance} 元`,
  );
  await other.reload();
  const moved = other.getByRole("table", { name: "在册职工账户" }).getByRole("row").filter({ hasText: leaver.accountNo });
  await expect(moved).toContainText("正常");
  await expect(other.getByRole("table", { name: "增减员记录" })).toContainText("市内转入");
  await page.reload();
  await expect(page.getByRole("table", { name: "在册职工账户" })).not.toContainText(leaver.accountNo);

  // The move is two ledger entries that cancel out: the balance out of the old employer, into the new.
  const [account] = await query<{ balance: string; status: string }>(
    `SELECT balance::text AS balance, status::text AS status FROM "DepositAccount" WHERE "accountNo" = $1`,
    [leaver.accountNo],
  );
  expect(account).toEqual({ balance: leaver.balance, status: "NORMAL" });
  const moves = await query<{ kind: string; amount: string }>(
    `SELECT e.kind::text AS kind, e.amount::text AS amount FROM "LedgerEntry" e JOIN "DepositAccount" a ON a.id = e."accountId"
      WHERE a."accountNo" = $1 AND e.kind IN ('TRANSFER_IN', 'TRANSFER_OUT') ORDER BY e.id`,
    [leaver.accountNo],
  );
  expect(moves).toEqual([
    { kind: "TRANSFER_OUT", amount: `-${leaver.balance}` },
    { kind: "TRANSFER_IN", amount: leaver.balance },
  ]);
});
