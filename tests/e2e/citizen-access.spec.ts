import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { readSentLines } from "../../lib/notifications/local-sms";
import { RESET_DEMO_STAFF } from "../../prisma/seed/citizen-access";
import { submitCitizenLogin, submitStaffLogin } from "./support/sign-in";
import { seriousAxeViolations } from "./support/axe";
import { unusedResidentId } from "./support/seeded-people";

// A person hired for the first time has no citizen sign-in; they open one online
// (开通网上服务) with a code texted to the phone on file, read here from the local SMS adapter's
// file. And an ADMIN's reset of a staff member's password forces a change at the next sign-in.

// The server's default HPF_SMS_FILE, relative to the directory it runs in (the project's).
const SMS_FILE = path.resolve(".data/sms/messages.jsonl");
const SAME_ANSWER = "如信息无误，验证码已发送至预留手机号";

/** Codes texted to `phone` since `since` (this run's only: the file outlives runs). */
async function codesTo(phone: string, since: string): Promise<string[]> {
  return (await readSentLines(SMS_FILE))
    .filter((l) => l.phone === phone && l.sentAt >= since && l.text.includes("开通住房公积金网上服务"))
    .map((l) => /验证码(\d{6})/.exec(l.text)?.[1] ?? "");
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "退出登录" }).click();
  await page.waitForURL((url) => url.pathname === "/login" || url.pathname === "/");
}

test("a newly hired person opens online service with the SMS code, then signs in and sees the account", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const since = new Date().toISOString();
  const person = {
    idNumber: await unusedResidentId("320111", "2001-02-03"),
    name: "开通测试",
    phone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
  };

  // agent01 adds the hire (个人开户): a depositor account, no sign-in yet.
  await submitStaffLogin(page, "agent01");
  await expect(page.getByRole("heading", { level: 1, name: "单位业务" })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("link", { name: /增减员/ }).click();
  const hire = page.locator("form#hire");
  await hire.getByLabel("身份证号").fill(person.idNumber);
  await hire.getByLabel("姓名").fill(person.name);
  await hire.getByLabel("手机号码").fill(person.phone);
  await hire.getByLabel("缴存基数（元）").fill("6000");
  await hire.getByRole("button", { name: "办理增员" }).click();
  await expect(hire.getByRole("status")).toContainText("增员成功：已开户，个人账号 ");
  const accountNo = /个人账号 (\d+)/.exec((await hire.getByRole("status").textContent()) ?? "")?.[1] ?? "";
  expect(accountNo).not.toBe("");

  // The new hire cannot sign in yet; the sign-in page links to 开通网上服务.
  const citizen = await (await browser.newContext()).newPage();
  await citizen.goto("/login");
  await citizen.getByRole("link", { name: "开通网上服务 / 忘记密码" }).click();
  await expect(citizen.getByRole("heading", { level: 1, name: "开通网上服务 / 忘记密码" })).toBeVisible();

  // A wrong phone gets the very answer a right one gets, and no SMS.
  const ask = citizen.locator("form#access-request");
  await ask.getByLabel("身份证号").fill(person.idNumber);
  await ask.getByLabel("姓名").fill(person.name);
  await ask.getByLabel("预留手机号").fill("13000000000");
  await ask.getByRole("button", { name: "获取验证码" }).click();
  await expect(ask.getByRole("status")).toContainText(SAME_ANSWER);

  await ask.getByLabel("预留手机号").fill(person.phone);
  await ask.getByRole("button", { name: "重新获取验证码" }).click();
  await expect(ask.getByRole("status")).toContainText(SAME_ANSWER);
  await expect.poll(() => codesTo(person.phone, since), { timeout: 20_000 }).toHaveLength(1);
  const [code] = await codesTo(person.phone, since);

  // A wrong code is refused at its field; the right one opens the sign-in.
  const redeem = citizen.locator("form#access-redeem");
  await expect(redeem.getByLabel("身份证号（验证码对应）")).toHaveValue(person.idNumber);
  const password = "Open2026mine";
  await redeem.getByLabel("短信验证码").fill(code === "000000" ? "000001" : "000000");
  await redeem.getByLabel("新密码（至少10位，含字母和数字）").fill(password);
  await redeem.getByLabel("再次输入新密码").fill(password);
  await redeem.getByRole("button", { name: "确认并设置密码" }).click();
  await expect(redeem.getByLabel("短信验证码")).toHaveAccessibleDescription("验证码不正确或已失效，请核对或重新获取验证码");
  expect(await seriousAxeViolations(citizen, "/login/activate with a wrong code")).toEqual([]);
  await redeem.getByLabel("短信验证码").fill(code!);
  await redeem.getByLabel("新密码（至少10位，含字母和数字）").fill(password);
  await redeem.getByLabel("再次输入新密码").fill(password);
  await redeem.getByRole("button", { name: "确认并设置密码" }).click();
  await expect(citizen.getByRole("status")).toContainText("网上服务已开通");
  // The phone on file is told, in case it was not them.
  await expect
    .poll(
      async () =>
        (await readSentLines(SMS_FILE)).filter((l) => l.phone === person.phone && l.sentAt >= since && l.text.includes("网上服务已于"))
          .length,
      {
        timeout: 20_000,
      },
    )
    .toBe(1);

  // Signs in with the ID number and the new password and sees the new account.
  await submitCitizenLogin(citizen, person.idNumber, password);
  await citizen.waitForURL(/\/portal$/, { timeout: 30_000 });
  await expect(citizen.getByRole("heading", { level: 1, name: "我的公积金" })).toBeVisible();
  await expect(citizen.getByRole("main")).toContainText(accountNo);
});

test("an admin resets a staff member's password; the person must change it before anything else", async ({ page }) => {
  test.setTimeout(120_000);
  const temp = "Temp2026reset";
  const own = `Own2026${Date.now().toString(36)}`;

  await submitStaffLogin(page, "admin");
  await expect(page).toHaveURL(/\/admin$/, { timeout: 30_000 });
  await page.goto("/admin/staff");
  await page.getByRole("link", { name: RESET_DEMO_STAFF.loginName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(RESET_DEMO_STAFF.loginName);
  const reset = page.locator("form#reset-password");
  await reset.getByLabel("临时密码（至少10位，含字母和数字）").fill("abc12345");
  await reset.getByRole("button", { name: "重置密码" }).click();
  await expect(reset.getByLabel("临时密码（至少10位，含字母和数字）")).toHaveAccessibleDescription("密码至少10位");
  await reset.getByLabel("临时密码（至少10位，含字母和数字）").fill(temp);
  await reset.getByRole("button", { name: "重置密码" }).click();
  await expect(reset.getByRole("status")).toContainText("密码已重置");
  await expect(page.getByRole("region", { name: "账号概况" })).toContainText("下次登录须修改密码");
  await signOut(page);

  // The person signs in with the temporary password and is held at /staff/password.
  await submitStaffLogin(page, RESET_DEMO_STAFF.loginName, { password: temp });
  await page.waitForURL("**/staff/password", { timeout: 30_000 });
  await page.goto("/admin/projects");
  await page.waitForURL("**/staff/password");
  const pw = page.locator("form#password");
  await pw.getByLabel("当前密码").fill(temp);
  await pw.getByLabel("新密码（至少10位，含字母和数字）").fill(own);
  await pw.getByLabel("再次输入新密码").fill(own);
  await pw.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByRole("status")).toContainText("密码已修改");
  await page.goto("/admin/projects");
  await expect(page).toHaveURL(/\/admin\/projects/);
});
