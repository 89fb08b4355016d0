import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_CITIZENS } from "../../prisma/seed/demo-accounts";
import { readDb } from "./support/db";
import { signedInPage } from "./support/sessions";

// 好差评 → the supervisors' queue → the reply the citizen sees; the admin's working-day calendar;
// the dashboard's KPIs and monthly report.

/**
 * A depositor (not a demo person) with a closed window case nobody rated yet, that case's number
 * and id, and the supervisors on duty for its window. With `onDutyOf`, a case of a window that
 * supervisor is on duty for (prisma/seed/window-duties.ts: duty01 windows 1–5, duty02 6–8).
 */
async function citizenWithUnratedVisit(
  onDutyOf: string | null = null,
): Promise<{ idNumber: string; caseNo: string; caseId: string; supervisors: string[] }> {
  const rows = await readDb<{ idNumber: string; caseNo: string; caseId: string; supervisors: string[] }>(
    `SELECT d."idNumber", c."caseNo", c.id AS "caseId",
              ARRAY(SELECT s."loginName" FROM "WindowSupervisor" ws JOIN "User" s ON s.id = ws."userId"
                     WHERE ws."windowId" = c."windowId" ORDER BY s."loginName") AS supervisors
         FROM "Case" c
         JOIN "Depositor" d ON d.id = c."depositorId"
         JOIN "User" u ON u."depositorId" = d.id AND u.active AND u."lockedUntil" IS NULL
        WHERE c.status = 'COMPLETED' AND c.channel = 'WINDOW' AND c."windowId" IS NOT NULL
          AND d."idNumber" <> ALL($1::text[])
          AND NOT EXISTS (SELECT 1 FROM "CaseRating" r JOIN "Case" c2 ON c2.id = r."caseId" WHERE c2."depositorId" = d.id)
          AND NOT EXISTS (SELECT 1 FROM "BlacklistEntry" b WHERE b."idNumber" = d."idNumber")
          AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM "WindowSupervisor" ws JOIN "User" s ON s.id = ws."userId"
                                           WHERE ws."windowId" = c."windowId" AND s."loginName" = $2::text))
        ORDER BY c."closedAt" DESC, c."caseNo" LIMIT 1`,
    [DEMO_CITIZENS.map((c) => c.loginName), onDutyOf],
  );
  if (!rows[0]) throw new Error("The seeded e2e database has no unrated closed window case");
  return rows[0];
}

/** Links `caseId` to a ticket taken today (as the window does when it opens a case from a ticket): its number. */
async function todaysTicketFor(caseId: string): Promise<string> {
  const rows = await readDb<{ ticketNo: string }>(
    `WITH today AS (SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date AS d),
            next AS (SELECT coalesce(max(t.number), 0) + 1 AS n FROM "QueueTicket" t, today WHERE t."businessDate" = today.d)
       INSERT INTO "QueueTicket" (id, "businessDate", number, "ticketNo", status, "caseId")
       SELECT 'e2e-kiosk-' || next.n, today.d, next.n, 'A' || lpad(next.n::text, 3, '0'), 'DONE', $1 FROM today, next
       RETURNING "ticketNo"`,
    [caseId],
  );
  return rows[0]!.ticketNo;
}

async function ratingsOf(caseNo: string): Promise<number> {
  const [row] = await readDb<{ n: number }>(
    `SELECT count(*)::int AS n FROM "CaseRating" r JOIN "Case" c ON c.id = r."caseId" WHERE c."caseNo" = $1`,
    [caseNo],
  );
  return row!.n;
}

/**
 * The second working day after today in Asia/Shanghai, worked out here in SQL from the calendar
 * rows (a HOLIDAY row is off, a WORKDAY row is on, otherwise Monday–Friday): the reply deadline.
 */
async function secondWorkingDayAfterToday(): Promise<string> {
  const [row] = await readDb<{ day: string }>(
    `SELECT to_char(x.day, 'YYYY-MM-DD') AS day
       FROM (SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date + i AS day FROM generate_series(1, 40) i) x
       LEFT JOIN "CalendarDay" c ON c.date = x.day
      WHERE c.kind = 'WORKDAY' OR (c.kind IS NULL AND extract(isodow FROM x.day) < 6)
      ORDER BY x.day OFFSET 1 LIMIT 1`,
    [],
  );
  return row!.day;
}

/** The staff member's saved session, on their home page. */
async function staffPage(browser: Browser, loginName: string): Promise<Page> {
  const page = await signedInPage(browser, { staff: loginName });
  await page.goto("/home");
  return page;
}

test("a citizen rates a window visit badly; the supervisor sees the task, replies, and the citizen reads the reply", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // A visit at one of duty02's windows: the task is duty02's, and duty01 (another window's) never sees it.
  const { idNumber, caseNo, supervisors } = await citizenWithUnratedVisit("duty02");
  expect(supervisors).toEqual(["duty02"]);
  const citizen = await signedInPage(browser, { citizen: idNumber });
  await citizen.goto("/portal");
  await citizen.getByRole("link", { name: "办件评价" }).click();
  await expect(citizen).toHaveURL(/\/portal\/ratings$/);

  const form = citizen.getByRole("form", { name: `评价办件 ${caseNo}` });
  // No score chosen: refused next to the score, nothing written.
  await form.getByRole("button", { name: "提交评价" }).click();
  await expect(form.getByText("请选择1至5分的评价")).toBeVisible();
  expect(await ratingsOf(caseNo)).toBe(0);
  await form.getByLabel("1分 非常不满意").check();
  await form.getByLabel("意见建议（选填）").fill("排队一个小时，窗口没有一次性告知材料");
  await form.getByRole("button", { name: "提交评价" }).click();
  // The case now shows the rating and the supervisor's reply deadline instead of the form.
  const rated = citizen.getByRole("region", { name: `办件 ${caseNo}` });
  await expect(rated).toContainText("您的评价：1分 非常不满意");
  await expect(rated.getByRole("status")).toContainText(`值班长正在处理您的意见，将在 ${await secondWorkingDayAfterToday()} 前答复`);
  expect(await ratingsOf(caseNo)).toBe(1);

  const supervisor = await staffPage(browser, "duty02");
  await expect(supervisor).toHaveURL(/\/supervisor$/);
  const taskLink = supervisor.getByRole("link", { name: `差评回访 · ${caseNo}` });
  const taskHref = (await taskLink.getAttribute("href"))!;
  const otherWindow = await staffPage(browser, "duty01");
  await expect(otherWindow).toHaveURL(/\/supervisor$/);
  await expect(otherWindow.getByRole("heading", { name: /待办任务/ })).toBeVisible();
  await expect(otherWindow.getByRole("link", { name: `差评回访 · ${caseNo}` })).toHaveCount(0);
  expect((await otherWindow.goto(taskHref))?.status()).toBe(404);
  await taskLink.click();
  await expect(supervisor.getByText("排队一个小时，窗口没有一次性告知材料")).toBeVisible();
  await supervisor.getByRole("button", { name: "回复并办结" }).click();
  await expect(supervisor.getByText("请填写处理结果（至少5个字）")).toBeVisible();
  await supervisor.getByLabel("处理结果（回复市民）").fill("已向您致歉，窗口已改为一次性告知全部材料。");
  await supervisor.getByRole("button", { name: "回复并办结" }).click();
  await expect(supervisor.getByText("已办结", { exact: true })).toBeVisible();

  await citizen.reload();
  const card = citizen.getByRole("region", { name: `办件 ${caseNo}` });
  await expect(card).toContainText("您的评价：1分 非常不满意");
  await expect(card).toContainText("值班长答复");
  await expect(card).toContainText("已向您致歉，窗口已改为一次性告知全部材料。");
  await expect(card.getByRole("button", { name: "提交评价" })).toHaveCount(0);
});

test("after a window visit the citizen rates it at the hall kiosk with the ticket number; a bad rating reaches the window's supervisor", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { idNumber, caseNo, caseId } = await citizenWithUnratedVisit("duty01");
  const ticketNo = await todaysTicketFor(caseId);
  const kiosk = await (await browser.newContext()).newPage();
  await kiosk.goto("/kiosk");
  const form = kiosk.getByRole("form", { name: "评价本次办理" });
  await form.getByLabel("号票号码").fill(ticketNo);
  // A wrong ID suffix finds nothing and writes nothing.
  await form.getByLabel("身份证件号码后6位").fill(idNumber.endsWith("000000") ? "000001" : "000000");
  await form.getByLabel("1分 非常不满意").check();
  await form.getByRole("button", { name: "提交评价" }).click();
  await expect(form.getByText("未找到今天这张号票办理的办件，请核对号票号码和身份证件号码后6位")).toBeVisible();
  await form.getByLabel("身份证件号码后6位").fill(idNumber.slice(-6));
  await form.getByLabel("2分 不满意").check();
  await form.getByLabel("意见建议（选填）").fill("自助评价：等候时间偏长");
  await form.getByRole("button", { name: "提交评价" }).click();
  await expect(kiosk.getByRole("status").filter({ hasText: `感谢您的评价（办件 ${caseNo}）` })).toContainText(
    /值班长将在 \d{4}-\d{2}-\d{2} 前联系您并答复/,
  );

  // Once per case: the same ticket again is refused.
  await kiosk.goto("/kiosk");
  const again = kiosk.getByRole("form", { name: "评价本次办理" });
  await again.getByLabel("号票号码").fill(ticketNo);
  await again.getByLabel("身份证件号码后6位").fill(idNumber.slice(-6));
  await again.getByLabel("5分 非常满意").check();
  await again.getByRole("button", { name: "提交评价" }).click();
  await expect(again.getByText("这笔办件已评价过，每笔办件只能评价一次")).toBeVisible();

  const supervisor = await staffPage(browser, "duty01");
  await supervisor.getByRole("link", { name: `差评回访 · ${caseNo}` }).click();
  await expect(supervisor.getByText("自助评价：等候时间偏长")).toBeVisible();
});

test("the admin adds a holiday to the working-day calendar (a make-up day on a weekday is refused), then removes it", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const admin = await staffPage(browser, "admin");
  await admin.goto("/admin/calendar?year=2027");
  const form = admin.locator("form#calendar-add");
  await form.getByLabel("日期").fill("2027-03-01");
  await form.getByLabel("类型").selectOption("WORKDAY");
  await form.getByLabel("节日名称").fill("端到端测试");
  await form.getByRole("button", { name: "加入日历" }).click();
  await expect(form.getByLabel("日期")).toHaveAccessibleDescription("调休上班日只能设在周六或周日");
  expect(await readDb(`SELECT 1 FROM "CalendarDay" WHERE date = '2027-03-01'`)).toHaveLength(0);

  await form.getByLabel("类型").selectOption("HOLIDAY");
  await form.getByRole("button", { name: "加入日历" }).click();
  await expect(admin.getByRole("status")).toContainText("已将 2027-03-01 设为放假（端到端测试）");
  const row = admin.getByRole("row").filter({ hasText: "2027-03-01" });
  await expect(row).toContainText("端到端测试");
  await expect(admin.getByRole("table", { name: "3月（工作日 22 天）" })).toBeVisible();

  await row.getByRole("button", { name: "删除 2027-03-01 端到端测试" }).click();
  await expect(admin.getByRole("row").filter({ hasText: "2027-03-01" })).toHaveCount(0);
  await expect(admin.getByRole("table", { name: "3月（工作日 23 天）" })).toBeVisible();
});

test("the dashboard shows each window's and teller's figures, escalates SLA breaches once, and gives the monthly report as a PDF", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const supervisor = await staffPage(browser, "duty02");
  await supervisor.goto("/dashboard");
  await expect(supervisor.getByRole("table", { name: "各窗口服务指标" })).toContainText("1号窗口");
  await expect(supervisor.getByRole("table", { name: "各柜员服务指标" })).toContainText("teller01");
  await supervisor.getByRole("button", { name: "检查超时办件并督办" }).click();
  await expect(supervisor.getByRole("status").filter({ hasText: "当前超时办件" })).toBeVisible();
  await supervisor.getByRole("button", { name: "检查超时办件并督办" }).click();
  await expect(supervisor.getByRole("status").filter({ hasText: "新增督办任务 0 件" })).toBeVisible();

  const link = supervisor.getByRole("link", { name: /月度报告（PDF）/ });
  const href = (await link.getAttribute("href"))!;
  const res = await supervisor.request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-");
});
