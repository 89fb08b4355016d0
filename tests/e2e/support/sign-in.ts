import type { Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../../prisma/seed/demo-accounts";

/** Fills and sends the citizen sign-in form (身份证号 + 密码); the caller asserts where it lands. */
export async function submitCitizenLogin(page: Page, idNumber: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  const form = page.getByRole("region", { name: "市民登录" });
  await form.getByLabel("身份证号").fill(idNumber);
  await form.getByLabel("密码").fill(password);
  await form.getByRole("button", { name: "市民登录" }).click();
}

/** Fills and sends the staff sign-in form; tellers pick their window. The caller asserts where it lands. */
export async function submitStaffLogin(page: Page, loginName: string, opts: { windowNo?: number; password?: string } = {}): Promise<void> {
  await page.goto("/login");
  const form = page.getByRole("region", { name: "工作人员登录" });
  await form.getByLabel("用户名").fill(loginName);
  await form.getByLabel("密码").fill(opts.password ?? DEMO_PASSWORD);
  if (opts.windowNo) await form.getByLabel("窗口号").selectOption(String(opts.windowNo));
  await form.getByRole("button", { name: "工作人员登录" }).click();
}
