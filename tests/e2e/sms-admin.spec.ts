import path from "node:path";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { readSentLines } from "../../lib/notifications/local-sms";
import { maskPhone } from "../../lib/notifications/texts";
import { SEEDED_FAILED_SMS_IDS } from "../../prisma/seed/sms-failures";
import { signedInPage } from "./support/sessions";

// Issue 15.10 (leftover): an SMS the gateway gave up on is listed for the admin with the number
// masked, and 重新发送 puts it back in the outbox once: the server's dispatcher then delivers it
// (read from the local SMS adapter's file), and the screen shows it among the resent messages.

const SMS_FILE = path.resolve(".data/sms/messages.jsonl");
const SMS_ID = SEEDED_FAILED_SMS_IDS[0];

async function seededPhone(): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.HPF_E2E_DATABASE_URL ?? process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ phone: string }>(`SELECT phone FROM "SmsOutbox" WHERE id = $1`, [SMS_ID]);
    if (!rows[0]) throw new Error(`The seeded e2e database has no failed SMS ${SMS_ID}`);
    return rows[0].phone;
  } finally {
    await client.end();
  }
}

test("an admin sees a failed SMS with its number masked and resends it once; the dispatcher delivers it", async ({ browser }) => {
  test.setTimeout(120_000);
  const phone = await seededPhone();
  const masked = maskPhone(phone);
  const page = await signedInPage(browser, { staff: "admin" });
  await page.goto("/admin");
  await page.getByRole("link", { name: "短信发送异常（失败重发）" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "短信发送异常" })).toBeVisible();
  // The counts per status, and the failed message: masked number, event, tries, last error.
  const counts = page.locator("section", { has: page.getByRole("heading", { name: "短信发送情况" }) });
  await expect(counts.getByText("发送失败", { exact: true })).toBeVisible();
  const undelivered = page.locator("section", { has: page.getByRole("heading", { name: /^发送失败或过时效的短信/ }) });
  const row = undelivered.getByRole("row").filter({ hasText: masked }).filter({ hasText: "发送失败" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("缴存到账");
  await expect(row).toContainText("网关超时（演示）");
  await expect(row.getByRole("cell", { name: "6", exact: true }).first()).toBeVisible();
  await expect(page.getByText(phone)).toHaveCount(0);

  await row.getByRole("button", { name: /重新发送/ }).click();
  // Back in the outbox: gone from the failed list and listed as resent, then sent by the server's dispatcher.
  await expect(undelivered.getByRole("row").filter({ hasText: masked }).filter({ hasText: "发送失败" })).toHaveCount(0);
  const resent = page.locator("section", { has: page.getByRole("heading", { name: "最近重新发送的短信" }) });
  await expect(resent.getByRole("row").filter({ hasText: masked })).toHaveCount(1);
  await expect
    .poll(
      async () => {
        await page.reload();
        return resent.getByRole("row").filter({ hasText: masked }).innerText();
      },
      { timeout: 30_000 },
    )
    .toContain("已发送");
  // Delivered once: one line for its id in the local adapter's file (which outlives runs; the adapter
  // answers a repeated id with its first receipt and never writes it twice).
  const lines = (await readSentLines(SMS_FILE)).filter((l) => l.id === SMS_ID);
  expect(lines).toHaveLength(1);
  expect(lines[0]!.phone).toBe(phone);
  expect(lines[0]!.text).toMatch(/^【住房公积金】您\d{4}年\d{2}月的住房公积金\d+\.\d{2}元已到账入账。$/);
});
