import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_STAFF } from "../../prisma/seed/demo-accounts";
import { restoreSession } from "./support/sessions";

// The whole loan + mortgage-registration case across the hall: kiosk ticket → window acceptance →
// approval → contracts and mortgage registration at the same window → recheck and disbursement →
// the citizen sees the loan, its schedule and the 不动产登记证明 number. It counts the teller's
// screens (distinct pages) and typed inputs (fill calls) and prints them.

const CITIZEN_ID = "320104199203150022"; // 李娜: no loan, owns an unmortgaged home
const staff = (loginName: string) => DEMO_STAFF.find((s) => s.loginName === loginName)!;

/** The staff member's saved session, on their home page. */
async function signInStaff(page: Page, loginName: string) {
  const account = staff(loginName);
  await restoreSession(page, { staff: account.loginName, windowNo: account.windowNo });
  await page.goto("/home");
}

async function signInCitizen(page: Page, idNumber: string) {
  await restoreSession(page, { citizen: idNumber });
  await page.goto("/home");
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test("a loan case runs from the kiosk to disbursement and the citizen sees it", async ({ browser }) => {
  test.setTimeout(180_000);

  // The citizen takes a ticket at the hall kiosk (no sign-in) and leaves their ID number.
  const kiosk = await newPage(browser);
  await kiosk.goto("/kiosk");
  await kiosk.getByLabel(/身份证号/).fill(CITIZEN_ID);
  await kiosk.getByRole("button", { name: "取号" }).click();
  const ticketNo = (await kiosk.getByTestId("ticket-no").textContent())!.trim();
  expect(ticketNo).toMatch(/^A\d{3}$/);

  // The teller at window 1: every screen and every typed value is counted from here.
  const teller = await newPage(browser);
  await signInStaff(teller, "teller01");
  await expect(teller.getByRole("heading", { level: 1, name: "综合窗口 · 1号窗口" })).toBeVisible();
  const screens = new Set<string>([new URL(teller.url()).pathname]);
  teller.on("framenavigated", (frame) => {
    if (frame === teller.mainFrame()) screens.add(new URL(frame.url()).pathname);
  });
  let inputs = 0;
  const type = async (label: string, value: string) => {
    inputs += 1;
    await teller.getByLabel(label, { exact: true }).fill(value);
  };

  await teller.getByRole("button", { name: "叫号" }).click();
  const current = teller.getByRole("region", { name: "当前号" });
  await expect(current).toContainText(ticketNo);
  // The ID number came with the ticket: the teller only confirms.
  await expect(current.getByLabel("申请人身份证号")).toHaveValue(CITIZEN_ID);
  await current.getByRole("button", { name: "为该号开办件" }).click();
  await expect(teller).toHaveURL(/\/window\/cases\/[^/]+$/);
  await expect(teller.getByRole("heading", { level: 1 })).toContainText("办件 BJ");
  const caseNo = (await teller.getByRole("heading", { level: 1 }).textContent())!.replace("办件", "").trim();

  // Applicant facts come from the fund; the property from the registry (preselected).
  await expect(teller.getByText("南京明德生物技术有限公司")).toBeVisible();
  const property = teller.getByRole("radio").first();
  await expect(property).toBeChecked();
  await type("贷款金额（元）", "300000");
  await type("贷款期限", "20");
  await type("收款人（售房人）", "南京安居房地产经纪有限公司");
  await type("收款账号", "320100012345678901");
  await teller.getByRole("button", { name: "试算" }).click();
  const panel = teller.getByRole("region", { name: "贷款试算结果" });
  await expect(panel).toContainText("符合贷款条件");
  await expect(panel).toContainText("决定额度");
  await teller.getByRole("button", { name: "受理贷款申请" }).click();
  await expect(teller.getByRole("heading", { name: "当前阶段：已受理" })).toBeVisible();

  // reviewer01 approves from the approval queue (within the ¥600,000 limit).
  const reviewer = await newPage(browser);
  await signInStaff(reviewer, "reviewer01");
  await reviewer
    .getByRole("region", { name: /待审批/ })
    .getByRole("link", { name: caseNo })
    .click();
  await expect(reviewer.getByRole("heading", { level: 1 })).toContainText(caseNo);
  const staleTab = await reviewer.context().newPage();
  await staleTab.goto(reviewer.url());
  await reviewer.getByRole("button", { name: "审批通过" }).click();
  await expect(reviewer.getByRole("heading", { name: "当前阶段：审核通过" })).toBeVisible();
  // A page drawn before the approval sends the old version: refused with a clear message.
  await staleTab.getByRole("button", { name: "审批通过" }).click();
  await expect(staleTab.getByRole("alert").filter({ hasText: "该事项已被其他人员处理" })).toBeVisible();
  await staleTab.close();

  // The teller's case page follows the back office live (it refreshes itself every 5 s); a reload
  // is the fallback the teller would press. Both contracts print as PDFs.
  const approvedHeading = teller.getByRole("heading", { name: "当前阶段：审核通过" });
  await approvedHeading.waitFor({ timeout: 15_000 }).catch(async () => {
    console.log("TELLER_PAGE_RELOADED (live refresh did not arrive)");
    await teller.reload();
  });
  await expect(approvedHeading).toBeVisible();
  for (const name of ["打印借款合同", "打印抵押合同"]) {
    const href = await teller.getByRole("link", { name }).getAttribute("href");
    const response = await teller.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    const body = await response.body();
    expect(body.subarray(0, 5).toString()).toBe("%PDF-");
    expect(body.length).toBeLessThan(300_000); // the Chinese font is subset
  }
  await teller.getByRole("button", { name: "确认签约" }).click();
  await expect(teller.getByRole("heading", { name: "当前阶段：已签合同" })).toBeVisible();
  await teller.getByRole("button", { name: "办理抵押登记" }).click();
  await expect(teller.getByRole("heading", { name: "当前阶段：抵押已登记" })).toBeVisible();
  const registrationNo = (await teller.getByTestId("registration-no").textContent())!.trim();
  expect(registrationNo.length).toBeGreaterThan(5);

  // reviewer02 (not the approver: four-eyes) rechecks, and the loan is disbursed at once.
  const rechecker = await newPage(browser);
  await signInStaff(rechecker, "reviewer02");
  await rechecker
    .getByRole("region", { name: /待复核/ })
    .getByRole("link", { name: caseNo })
    .click();
  await rechecker.getByRole("button", { name: "复核并放款" }).click();
  await expect(rechecker.getByRole("heading", { name: "当前阶段：已放款" })).toBeVisible();

  // The citizen sees the stages, the loan, its whole schedule and the mortgage certificate number.
  const citizen = await newPage(browser);
  await signInCitizen(citizen, CITIZEN_ID);
  await expect(citizen.getByRole("heading", { level: 1, name: "我的公积金" })).toBeVisible();
  await expect(citizen.getByRole("group", { name: `办件 ${caseNo}` })).toContainText("已放款");
  await citizen.getByRole("region", { name: "我的贷款" }).getByRole("link", { name: /^GJJ/ }).first().click();
  await expect(citizen.getByRole("heading", { level: 1 })).toContainText("贷款");
  await expect(citizen.getByText(registrationNo)).toBeVisible();
  // The loan page lists the next 12 periods; its link opens the whole schedule.
  await expect(citizen.getByRole("region", { name: /近期还款计划（共 240 期）/ }).getByRole("row")).toHaveCount(13); // header + 12
  await citizen.getByRole("link", { name: "查看完整还款计划（共 240 期）" }).click();
  await expect(citizen.getByRole("heading", { level: 1 })).toContainText("还款计划");
  await expect(citizen.getByRole("region", { name: /还款计划（共 240 期/ }).getByRole("row")).toHaveCount(241); // header + 240 months

  console.log(`TELLER_SCREENS=${screens.size} TELLER_INPUTS=${inputs}`);
  console.log(`TELLER_SCREEN_PATHS=${[...screens].join(" ")}`);
});
