import { expect, test, type Browser, type Page } from "@playwright/test";
import { signedInPage } from "./support/sessions";

// 逾期贷款清收 end to end. The seed runs the daily batch for its last 60 days, so overdue loans have
// open collection cases, assigned round-robin to the risk officers (risk01 among them).

/** Today in Asia/Shanghai plus `days`, as the date input wants it (YYYY-MM-DD). */
function shanghaiDate(days = 0): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

/** The officer's saved session, on the risk landing page. */
async function signInStaff(browser: Browser, loginName: string): Promise<Page> {
  const page = await signedInPage(browser, { staff: loginName });
  await page.goto("/risk");
  await expect(page).toHaveURL(/\/risk$/);
  return page;
}

/** From the risk landing page to the first of the officer's own cases in the ledger; returns its loan number. */
async function openOwnOverdueCase(officer: Page): Promise<string> {
  await officer.getByRole("link", { name: /逾期贷款清收台账/ }).click();
  await expect(officer.getByRole("heading", { level: 1, name: "逾期贷款清收台账" })).toBeVisible();
  await officer.getByLabel("范围").selectOption("mine");
  await officer.getByRole("button", { name: "筛选" }).click();
  await expect(officer).toHaveURL(/scope=mine/);

  const firstCase = officer
    .getByRole("region", { name: /^清收案件/ })
    .getByRole("row")
    .nth(1);
  await expect(firstCase).toContainText(/\d+ 期（连续 \d+）/);
  await expect(firstCase).toContainText("周涛");
  const loanNo = (await firstCase.getByRole("link").textContent())!.trim();
  await firstCase.getByRole("link", { name: loanNo }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toContainText(loanNo);
  return loanNo;
}

test("a risk officer sees an overdue loan in the ledger, logs a phone call and prints the overdue notice", async ({ browser }) => {
  test.setTimeout(120_000);
  const officer = await signInStaff(browser, "risk01");
  const loanNo = await openOwnOverdueCase(officer);
  await expect(officer.getByRole("region", { name: /^逾期欠款/ })).toContainText(/逾期本金/);

  // The call, with a promise to pay in a week.
  const contact = officer.locator("form#contact");
  await contact.getByLabel("联系方式").selectOption("PHONE_CALL");
  await contact.getByLabel("联系对象").selectOption("借款人");
  await contact.getByLabel("联系结果").fill("本人接听，承诺一周内还清");
  await contact.getByLabel("承诺还款金额（元，可不填）").fill("1500.00");
  await contact.getByLabel("承诺还款日期（可不填）").fill(shanghaiDate(7));
  await contact.getByRole("button", { name: "登记联系记录" }).click();
  const log = officer.getByRole("region", { name: "联系记录" });
  const call = log.getByRole("row", { name: /本人接听，承诺一周内还清/ });
  await expect(call).toContainText("电话催收");
  await expect(call).toContainText(`${shanghaiDate(7)} 前 ¥1,500.00`);

  // 打印逾期贷款通知单: issued, logged as served, and its PDF opens.
  await officer.getByRole("button", { name: "打印逾期贷款通知单" }).click();
  const issued = officer.getByRole("status");
  await expect(issued).toContainText(/已出具逾期贷款通知单 YQTZ\d{9}/);
  const noticeNo = /YQTZ\d{9}/.exec((await issued.textContent())!)![0];
  await expect(log).toContainText(`出具逾期贷款通知单 ${noticeNo}`);

  const pdfLink = officer.getByRole("link", { name: `查看 ${noticeNo} PDF` });
  const pdf = await officer.request.get((await pdfLink.getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // Back in the ledger the case shows the call and the promise.
  await officer.goto(`/risk/collections?q=${loanNo}`);
  const row = officer.getByRole("row", { name: new RegExp(loanNo) });
  await expect(row).toContainText("待兑现");
});

/** 张伟: the seed leaves his loan two periods overdue, with an open collection case and an empty card. */
const OVERDUE_BORROWER_ID = "320102198805120034";

async function signInCitizen(browser: Browser, idNumber: string): Promise<Page> {
  const page = await signedInPage(browser, { citizen: idNumber });
  await page.goto("/portal");
  await expect(page).toHaveURL(/\/portal$/);
  return page;
}

test("the borrower sees the overdue notice, repays online, and the collection case closes (销号)", async ({ browser }) => {
  test.setTimeout(120_000);
  // The risk officer finds 张伟's case by ID number and serves the notice.
  const officer = await signInStaff(browser, "risk01");
  await officer.goto(`/risk/collections?q=${OVERDUE_BORROWER_ID}`);
  const row = officer
    .getByRole("region", { name: /^清收案件/ })
    .getByRole("row")
    .nth(1);
  await expect(row).toContainText("张伟");
  const loanNo = (await row.getByRole("link").first().textContent())!.trim();
  await row.getByRole("link", { name: loanNo }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toContainText(loanNo);
  const caseUrl = officer.url();
  await officer.getByRole("button", { name: "打印逾期贷款通知单" }).click();
  const noticeNo = /YQTZ\d{9}/.exec((await officer.getByRole("status").textContent())!)![0];

  // The borrower sees the notice on the loan page, with its PDF, and repays everything overdue.
  const citizen = await signInCitizen(browser, OVERDUE_BORROWER_ID);
  await citizen.goto(`/portal/loans/${loanNo}`);
  const notices = citizen.getByRole("region", { name: "逾期通知" });
  await expect(notices).toContainText(noticeNo);
  const pdf = await citizen.request.get((await notices.getByRole("link", { name: "查看通知单（PDF）" }).first().getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  // That GET (as a prefetch or a link scanner would) marked nothing; the borrower's click does (a POST).
  await citizen.reload();
  const noticeRow = notices.getByRole("row", { name: new RegExp(noticeNo) });
  await expect(noticeRow).toContainText("未读");
  const [tab] = await Promise.all([
    citizen.context().waitForEvent("page"),
    noticeRow.getByRole("link", { name: "查看通知单（PDF）" }).click(),
  ]);
  await tab.close();
  await expect(noticeRow).toContainText("已读");

  const repay = citizen.locator("form#repay-online");
  await expect(repay.getByLabel("还款金额（元）")).not.toHaveValue("");
  await repay.getByRole("button", { name: "确认还款" }).click();
  const banner = citizen.locator("#result");
  await expect(banner).toContainText(/还款 ¥[\d,]+\.\d{2} 已到账/);
  await expect(banner).toContainText("逾期罚息");
  await expect(banner).not.toContainText("仍有逾期欠款");

  // 销号: the collection case closed with the repayment, without waiting for the next batch.
  await officer.goto(caseUrl);
  await expect(officer.getByRole("heading", { level: 1 })).toContainText(loanNo);
  await expect(officer.getByText("已销号").first()).toBeVisible();
});
