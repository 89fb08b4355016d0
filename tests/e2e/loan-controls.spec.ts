import { expect, test, type Browser, type Page } from "@playwright/test";
import { submitStaffLogin } from "./support/sign-in";

// Issue 14, loan path controls as the window sees them. Window 9 is teller09's demo window; this
// test leaves it free again (both tellers sign out).

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

const staffForm = (page: Page) => page.getByRole("region", { name: "工作人员登录" });

test("one teller per window: a second teller is refused at an occupied window until the first signs out", async ({ browser }) => {
  const first = await newPage(browser);
  await submitStaffLogin(first, "teller09", { windowNo: 9 });
  await expect(first.getByRole("heading", { level: 1, name: "综合窗口 · 9号窗口" })).toBeVisible();

  const second = await newPage(browser);
  await submitStaffLogin(second, "teller10", { windowNo: 9 });
  await expect(staffForm(second).getByLabel("窗口号")).toHaveAccessibleDescription(/该窗口已有柜员签到，请选择其他窗口或待其签退后再签到/);
  await expect(second).toHaveURL(/\/login/);

  await first.getByRole("button", { name: "退出登录" }).click();
  await expect(first).toHaveURL(/\/login/);
  await submitStaffLogin(second, "teller10", { windowNo: 9 });
  await expect(second.getByRole("heading", { level: 1, name: "综合窗口 · 9号窗口" })).toBeVisible();

  // The spouse's confirmation at the window: a loan without a pending authorization is refused at its field.
  const confirm = second.getByRole("region", { name: "配偶确认委托扣划" });
  await confirm.getByLabel("贷款编号").fill("GJJ-不存在");
  await confirm.getByLabel("配偶身份证号（核验身份证原件）").fill("320104199203150022");
  await confirm.getByRole("button", { name: "配偶当面确认" }).click();
  await expect(confirm.getByLabel("贷款编号")).toHaveAccessibleDescription("该贷款没有待配偶确认的委托扣划协议");

  await second.getByRole("button", { name: "退出登录" }).click();
  await expect(second).toHaveURL(/\/login/);
});
