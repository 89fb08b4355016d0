import { expect, test, type Page } from "@playwright/test";
import { DEMO_CITIZENS, DEMO_PASSWORD, DEMO_STAFF, type DemoAccount, type DemoRole } from "../../prisma/seed/demo-accounts";
import { RESIDENT_ID_MESSAGES } from "../../lib/identity/resident-id";
import { submitCitizenLogin, submitStaffLogin } from "./support/sign-in";

const INVALID = "账号或密码错误（连续5次错误将锁定15分钟）";
/** The same words as INVALID: a locked account must not show that it exists. */
const LOCKED = INVALID;
/** Reserved for the lockout test: locked on every run, never used elsewhere. */
const LOCKOUT_ID = "320106199511080014";

/** The h1 of each role's home page. */
function homeHeading(role: DemoRole, windowNo?: number): string {
  const headings: Record<DemoRole, string> = {
    CITIZEN: "我的公积金",
    EMPLOYER_AGENT: "单位业务",
    TELLER: `综合窗口 · ${windowNo}号窗口`,
    REVIEWER: "审核工作台",
    RISK_OFFICER: "风险管理",
    ADMIN: "系统管理",
  };
  return headings[role];
}

async function signInCitizen(page: Page, idNumber: string, password: string) {
  await submitCitizenLogin(page, idNumber, password);
}

async function signInStaff(page: Page, account: DemoAccount, password = DEMO_PASSWORD) {
  await submitStaffLogin(page, account.loginName, { windowNo: account.windowNo, password });
}

const citizens = DEMO_CITIZENS.filter((c) => c.loginName !== LOCKOUT_ID);

for (const citizen of citizens) {
  test(`citizen ${citizen.displayName} signs in to 我的公积金`, async ({ page }) => {
    await signInCitizen(page, citizen.loginName, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/portal$/);
    await expect(page.getByRole("heading", { level: 1, name: "我的公积金" })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText(citizen.displayName);
    await expect(page.getByRole("heading", { name: "账户概况" })).toBeVisible();
  });
}

for (const staff of DEMO_STAFF) {
  test(`staff ${staff.loginName} signs in to their home`, async ({ page }) => {
    await signInStaff(page, staff);
    const first = staff.roles[0]!;
    await expect(page.getByRole("heading", { level: 1, name: homeHeading(first, staff.windowNo) })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText(staff.displayName);
  });
}

test("the supervisor (reviewer and risk officer) sees both areas", async ({ page }) => {
  const supervisor = DEMO_STAFF.find((s) => s.loginName === "supervisor")!;
  await signInStaff(page, supervisor);
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole("heading", { level: 1, name: "审核工作台" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "工作区" });
  await expect(nav.getByRole("link", { name: "审核工作台" })).toBeVisible();
  await nav.getByRole("link", { name: "风险管理" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "风险管理" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("审核员、风控专员");
});

test("a citizen opening /window gets 403", async ({ page }) => {
  await signInCitizen(page, citizens[0]!.loginName, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "我的公积金" })).toBeVisible();
  const response = await page.goto("/window");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "无权访问此页面（403）" })).toBeVisible();
  await page.getByRole("link", { name: "返回我的工作台" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "我的公积金" })).toBeVisible();
});

test("signed out, a protected page sends you to the sign-in page and back", async ({ page }) => {
  await page.goto("/review");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Freview$/);
  await signInStaff(
    page,
    DEMO_STAFF.find((s) => s.loginName === "reviewer01")!,
  );
  await expect(page).toHaveURL(/\/review$/);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/review");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});

test("a wrong password shows the error and keeps the ID number", async ({ page }) => {
  await signInCitizen(page, citizens[1]!.loginName, "not-the-password");
  const form = page.getByRole("region", { name: "市民登录" });
  await expect(form.getByRole("alert")).toHaveText(INVALID);
  await expect(form.getByLabel("身份证号")).toHaveValue(citizens[1]!.loginName);
  await expect(form.getByLabel("密码")).toHaveValue("");
});

test("an ID number with a wrong check digit is refused next to the field", async ({ page }) => {
  await signInCitizen(page, "320102198805120035", DEMO_PASSWORD);
  const field = page.getByRole("region", { name: "市民登录" }).getByLabel("身份证号");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(RESIDENT_ID_MESSAGES.CHECK_DIGIT);
});

test("a teller must choose a window", async ({ page }) => {
  const teller = DEMO_STAFF.find((s) => s.roles.includes("TELLER"))!;
  await signInStaff(page, { ...teller, windowNo: undefined });
  const select = page.getByRole("region", { name: "工作人员登录" }).getByLabel("窗口号");
  await expect(select).toHaveAccessibleDescription(/柜员须选择今日所在窗口/);
  await expect(page).toHaveURL(/\/login$/);
});

test("five wrong passwords lock the account, then the right one is refused", async ({ page }) => {
  const form = page.getByRole("region", { name: "市民登录" });
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signInCitizen(page, LOCKOUT_ID, `wrong-${attempt}`);
    await expect(form.getByRole("alert")).toHaveText(attempt < 5 ? INVALID : LOCKED);
  }
  await signInCitizen(page, LOCKOUT_ID, DEMO_PASSWORD);
  await expect(form.getByRole("alert")).toHaveText(LOCKED);
  await expect(page).toHaveURL(/\/login$/);
});

test("activity in an area pushes the 30-minute session expiry forward", async ({ page, context }) => {
  await signInStaff(
    page,
    DEMO_STAFF.find((s) => s.loginName === "admin")!,
  );
  await expect(page.getByRole("heading", { level: 1, name: "系统管理" })).toBeVisible();
  const expiry = async () => (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"))!.expires;
  const first = await expiry();
  expect(first * 1000 - Date.now()).toBeGreaterThan(29 * 60_000);
  expect(first * 1000 - Date.now()).toBeLessThanOrEqual(30 * 60_000 + 5_000);
  await page.waitForTimeout(2_000);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "系统管理" })).toBeVisible();
  expect(await expiry()).toBeGreaterThan(first + 1);
});
