import path from "node:path";
import { expect, test } from "@playwright/test";
import { readSentLines } from "../../lib/notifications/local-sms";
import { homeOwnerWithoutLoan } from "./support/seeded-people";
import { signedInPage } from "./support/sessions";

// Issue 15.10: a citizen's online loan application goes through every stage; each stage sends the
// citizen one SMS (read from the local SMS adapter's file, which the server's dispatcher writes after
// each commit) and an inbox item, which the citizen reads and marks read (a POST).

// The server's default HPF_SMS_FILE, relative to the directory it runs in (the project's).
const SMS_FILE = path.resolve(".data/sms/messages.jsonl");

// The file outlives a run and a fresh database numbers its cases again: only this run's lines count.
const since = new Date().toISOString();

async function smsAbout(caseNo: string): Promise<string[]> {
  return (await readSentLines(SMS_FILE)).filter((l) => l.sentAt >= since && l.text.includes(caseNo)).map((l) => l.text);
}

test("every stage of a loan case texts the citizen once and lands in the inbox, which marks read by POST", async ({ browser }) => {
  test.setTimeout(240_000);
  const idNumber = await homeOwnerWithoutLoan(5);

  // The citizen applies online.
  const citizen = await signedInPage(browser, { citizen: idNumber });
  await citizen.goto("/portal/loans/apply");
  const form = citizen.locator("form#loan");
  await expect(form.getByRole("radio").first()).toBeChecked();
  await form.getByLabel("贷款金额（元）", { exact: true }).fill("100000");
  await form.getByLabel("贷款期限", { exact: true }).fill("10");
  await form.getByLabel("收款人（售房人）", { exact: true }).fill("南京安居房地产经纪有限公司");
  await form.getByLabel("收款账号", { exact: true }).fill("320100012345678911");
  await form.getByRole("button", { name: "提交贷款申请" }).click();
  await expect(citizen).toHaveURL(/\/portal#cases$/);
  const group = citizen.getByRole("group", { name: /^办件 BJ/ }).first();
  const caseNo = (await group.getAttribute("aria-label"))?.replace("办件", "").trim() ?? "";
  expect(caseNo).toMatch(/^BJ\d{12}$/);
  await expect.poll(() => smsAbout(caseNo), { timeout: 20_000 }).toHaveLength(1);

  // teller06 accepts it at window 6; reviewer01 approves; the teller signs and registers; reviewer02 rechecks and disburses.
  const teller = await signedInPage(browser, { staff: "teller06", windowNo: 6 });
  await teller.goto("/window");
  await teller
    .getByRole("region", { name: /网上申请待受理/ })
    .getByRole("link", { name: caseNo })
    .click();
  await teller.getByRole("button", { name: "受理网上申请" }).click();
  await expect(teller.getByRole("heading", { name: "当前阶段：已受理" })).toBeVisible();

  const reviewer = await signedInPage(browser, { staff: "reviewer01" });
  // The reviewer's inbox has the case waiting for approval.
  await reviewer.goto("/inbox");
  await expect(reviewer.getByRole("list", { name: "消息列表" })).toContainText(`待审批：办件${caseNo}`);
  await reviewer.goto("/review");
  await reviewer
    .getByRole("region", { name: /待审批/ })
    .getByRole("link", { name: caseNo })
    .click();
  await reviewer.getByRole("button", { name: "审批通过" }).click();
  await expect(reviewer.getByRole("heading", { name: "当前阶段：审核通过" })).toBeVisible();

  await teller.reload();
  await teller.getByRole("button", { name: "确认签约" }).click();
  await expect(teller.getByRole("heading", { name: "当前阶段：已签合同" })).toBeVisible();
  await teller.getByRole("button", { name: "办理抵押登记" }).click();
  await expect(teller.getByRole("heading", { name: "当前阶段：抵押已登记" })).toBeVisible();

  const rechecker = await signedInPage(browser, { staff: "reviewer02" });
  await rechecker.goto("/review");
  await rechecker
    .getByRole("region", { name: /待复核/ })
    .getByRole("link", { name: caseNo })
    .click();
  await rechecker.getByRole("button", { name: "复核并放款" }).click();
  await expect(rechecker.getByRole("heading", { name: "当前阶段：已放款" })).toBeVisible();

  // One SMS per stage, each exactly once (recheck and disbursement commit together).
  const stages = ["已提交", "已受理", "已审批通过", "合同已签订", "抵押登记已办结", "已复核通过", "已发放"];
  await expect.poll(async () => (await smsAbout(caseNo)).length, { timeout: 30_000 }).toBe(stages.length);
  const texts = await smsAbout(caseNo);
  for (const stage of stages)
    expect(
      texts.filter((t) => t.includes(stage)),
      stage,
    ).toHaveLength(1);
  expect(texts.every((t) => t.startsWith("【住房公积金】"))).toBe(true);

  // The citizen's header counts the unread items; the inbox shows each stage and marks read by POST.
  await citizen.goto("/portal");
  const unreadLink = citizen.getByRole("link", { name: /^消息中心\s*，\s*\d+\s*条未读$/ });
  await expect(unreadLink).toBeVisible();
  const headerUnread = Number(/(\d+)\s*条未读/.exec((await unreadLink.textContent()) ?? "")?.[1]);
  // At least the seven stage items of this case are unread (the citizen's seeded items may add to them).
  expect(headerUnread).toBeGreaterThanOrEqual(stages.length);
  await citizen.getByTestId("inbox-link").click();
  await expect(citizen).toHaveURL(/\/inbox$/);
  await expect(citizen.getByRole("heading", { level: 1, name: "消息中心" })).toBeVisible();
  const list = citizen.getByRole("list", { name: "消息列表" });
  for (const title of [
    "贷款申请已提交",
    "贷款申请已受理",
    "贷款审批通过",
    "贷款合同已签订",
    "抵押登记已办结",
    "贷款复核通过",
    "贷款已发放",
  ])
    await expect(list.getByText(title, { exact: true })).toBeVisible();
  // Recheck and disbursement commit together (same time): pick the disbursement's item by its text.
  const newest = list.getByTestId("inbox-item").filter({ hasText: "贷款已发放" });
  await expect(newest).toHaveCount(1);
  const unreadBefore = await list.getByText("未读", { exact: true }).count();
  // The header counts what the list marks unread (this citizen has far fewer than the 100 listed).
  expect(unreadBefore).toBe(headerUnread);
  // Reading the inbox (a GET) marks nothing read by itself: the same count after a reload.
  await citizen.reload();
  await expect(list.getByText("未读", { exact: true })).toHaveCount(unreadBefore);
  await newest.getByRole("button", { name: "标为已读" }).click();
  await expect(newest.getByRole("button", { name: "标为已读" })).toHaveCount(0);
  await expect(list.getByText("未读", { exact: true })).toHaveCount(unreadBefore - 1);
  await citizen.getByRole("button", { name: "全部标为已读" }).click();
  await expect(list.getByText("未读", { exact: true })).toHaveCount(0);
  await expect(citizen.getByRole("link", { name: /^消息中心\s*，\s*没有未读消息$/ })).toBeVisible();
  // Marked read on the server, not only on the page.
  await citizen.reload();
  await expect(list.getByText("未读", { exact: true })).toHaveCount(0);
});
