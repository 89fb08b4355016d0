import { expect, test, type Page } from "@playwright/test";
import { buildResidentId } from "../../lib/identity/resident-id";
import { SIGN_IN_REFUSED } from "../../lib/auth/login-messages";
import { submitStaffLogin } from "./support/sign-in";

// Staff administration: an admin creates a teller with an initial password; the teller signs in,
// must set their own password first, then declares a relative. A raised approval limit is proposed
// by one admin and takes effect only when a second admin (admin02, seeded) confirms it.

async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "退出登录" }).click();
  await page.waitForURL((url) => url.pathname === "/login" || url.pathname === "/");
}

test("an admin creates a teller who signs in, sets a password and declares a relative; a raised limit needs a second admin", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const loginName = `e2e${Date.now().toString(36)}`;
  const initial = "Start2026abc";
  const own = "Mine2026xyz9";

  // 1. admin creates the account; a wrong ID check digit is refused at its field, nothing created.
  await submitStaffLogin(page, "admin");
  // The first sign-in of a fresh server may take a while on the shared machine.
  await expect(page).toHaveURL(/\/admin$/, { timeout: 30_000 });
  await page.getByRole("link", { name: "工作人员、角色与审批额度" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "工作人员管理" })).toBeVisible();
  const create = page.locator("form#new-staff");
  await create.getByLabel("用户名").fill(loginName);
  await create.getByLabel("姓名").fill("端到端柜员");
  await create.getByLabel("身份证号（用于回避核查，可选）").fill("320102198805120035");
  await create.getByLabel("初始密码（至少10位，含字母和数字）").fill(initial);
  await create.getByLabel("综合柜员").check();
  await create.getByRole("button", { name: "创建账号" }).click();
  await expect(create.getByLabel("身份证号（用于回避核查，可选）")).toHaveAccessibleDescription("身份证号校验位不正确，请核对后重新输入");
  await expect(page.getByRole("link", { name: loginName })).toHaveCount(0);
  await create.getByLabel("身份证号（用于回避核查，可选）").fill("");
  await create.getByLabel("初始密码（至少10位，含字母和数字）").fill(initial);
  await create.getByLabel("综合柜员").check();
  await create.getByRole("button", { name: "创建账号" }).click();
  await expect(create.getByRole("status")).toContainText(`已创建账号 ${loginName}`);

  // 2. admin proposes a first withdrawal limit: a raise, so it waits for a second admin.
  await page.getByRole("link", { name: loginName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(loginName);
  const limit = page.locator("form#limit-WITHDRAWAL");
  await limit.getByLabel("提取审批额度（元，留空为无权限）").fill("10000");
  await limit.getByLabel("调整原因").fill("新入职柜员授权");
  await limit.getByRole("button", { name: "提交调整" }).click();
  await expect(limit.getByRole("status")).toContainText("须由另一名系统管理员确认后生效");
  await expect(page.getByRole("region", { name: "账号概况" })).toContainText("提取审批额度：—");
  await page.goto("/admin/staff");
  const mine = page.getByRole("listitem").filter({ hasText: loginName });
  await expect(mine).toContainText("须由另一名系统管理员确认");
  await expect(mine.getByRole("button", { name: "确认生效" })).toHaveCount(0);
  await signOut(page);

  // 3. admin02 confirms it; the limit is in force.
  await submitStaffLogin(page, "admin02");
  await expect(page).toHaveURL(/\/admin$/, { timeout: 30_000 });
  await page.goto("/admin/staff");
  const pending = page.getByRole("listitem").filter({ hasText: loginName });
  await expect(pending).toContainText("无审批权限 → ¥10,000.00");
  await pending.getByRole("button", { name: "确认生效" }).click();
  // Confirmed: it leaves the pending list and the limit is in force.
  await expect(page.getByRole("listitem").filter({ hasText: loginName })).toHaveCount(0);
  await page.getByRole("link", { name: loginName }).click();
  await expect(page.getByRole("region", { name: "账号概况" })).toContainText("提取审批额度：¥10,000.00");
  await signOut(page);

  // 4. the new teller signs in at a window with the initial password and must set their own first.
  await submitStaffLogin(page, loginName, { windowNo: 9, password: initial });
  await page.waitForURL("**/staff/password", { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "修改密码" })).toBeVisible();
  const pw = page.locator("form#password");
  await pw.getByLabel("当前密码").fill(initial);
  await pw.getByLabel("新密码（至少10位，含字母和数字）").fill(own);
  await pw.getByLabel("再次输入新密码").fill(own);
  await pw.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByRole("status")).toContainText("密码已修改");

  // 5. the teller declares a relative; a bad ID number is refused at its field.
  await page.goto("/staff/relatives");
  const declare = page.locator("form#declare");
  await declare.getByLabel("亲属姓名").fill("端到端亲属");
  await declare.getByLabel("亲属身份证号").fill("11010119650404001");
  await declare.getByLabel("关系").selectOption("父母");
  await declare.getByRole("button", { name: "申报" }).click();
  await expect(declare.getByLabel("亲属身份证号")).toHaveAccessibleDescription(/身份证号应为18位/);
  const relativeId = buildResidentId("110101", "1965-04-04", 12);
  await declare.getByLabel("亲属身份证号").fill(relativeId);
  await declare.getByLabel("关系").selectOption("父母");
  await declare.getByRole("button", { name: "申报" }).click();
  await expect(declare.getByRole("status")).toContainText("已申报：父母 端到端亲属");
  await expect(page.getByRole("table", { name: "我已申报的亲属" })).toContainText(relativeId);
  await signOut(page);

  // 6. the initial password no longer works; the teller's own one does.
  await submitStaffLogin(page, loginName, { windowNo: 9, password: initial });
  await expect(page.getByRole("region", { name: "工作人员登录" })).toContainText(SIGN_IN_REFUSED);
  await expect(page).toHaveURL(/\/login/);
  await submitStaffLogin(page, loginName, { windowNo: 9, password: own });
  await page.waitForURL("**/window**", { timeout: 30_000 });
  await signOut(page);
});
