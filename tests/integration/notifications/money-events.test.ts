import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { submitWithdrawal } from "@/lib/withdrawals/submit-withdrawal";
import { decideWithdrawal } from "@/lib/withdrawals/decide-withdrawal";
import { recordPayout } from "@/lib/withdrawals/record-payout";
import { postRemittance } from "@/lib/remittances/post-remittance";
import { issueOverdueNotice } from "@/lib/collections/issue-overdue-notice";
import { createAccountHolder } from "../accounts/fund-fixtures";
import { NOW, rent, setup } from "../withdrawals/fixtures";
import { payAndImport, remittanceParties } from "../remittances/fixtures";
import { NOW as COLLECTIONS_NOW, collectionsWorld, type World } from "../collections/fixtures";

const withSms = async (where: Prisma.NotificationWhereInput) => {
  const items = await db.notification.findMany({ where, orderBy: { createdAt: "asc" } });
  const sms = await db.smsOutbox.findMany({ where: { notificationId: { in: items.map((n) => n.id) } } });
  return { items, sms };
};

let w: World;
beforeAll(async () => {
  w = await collectionsWorld();
});

describe("money events notify in their own transaction, once", () => {
  it("提取到账: a paid withdrawal gives its depositor one inbox item and one SMS; a refused payout none", async () => {
    const { holder, citizen, card, checker, payer } = await setup("10000.00");
    const wd = await submitWithdrawal(rent(holder.depositor.id, citizen, card));
    await decideWithdrawal({ actor: checker, withdrawalId: wd.withdrawalId, version: 0, decision: "APPROVE", note: "", now: NOW });
    // The checker may not pay (maker ≠ checker ≠ payer): refused, nothing notified.
    await expect(recordPayout({ actor: checker, withdrawalId: wd.withdrawalId, now: NOW })).rejects.toMatchObject({
      code: "FOUR_EYES_APPROVER",
    });
    expect(await db.notification.count({ where: { depositorId: holder.depositor.id } })).toBe(0);

    await recordPayout({ actor: payer, withdrawalId: wd.withdrawalId, now: NOW });
    await expect(recordPayout({ actor: payer, withdrawalId: wd.withdrawalId, now: NOW })).rejects.toMatchObject({ code: "STALE" });
    const { items, sms } = await withSms({ depositorId: holder.depositor.id });
    const withdrawal = await db.withdrawal.findUniqueOrThrow({ where: { id: wd.withdrawalId } });
    const body = `您的租赁住房提取3000.00元已划入尾号${card.slice(-4)}的银行卡（提取编号${withdrawal.withdrawalNo}）。`;
    expect(items).toEqual([expect.objectContaining({ kind: "WITHDRAWAL_PAID", title: "提取到账", body, createdAt: NOW })]);
    expect(sms).toEqual([expect.objectContaining({ phone: holder.depositor.phone, text: `【住房公积金】${body}`, status: "PENDING" })]);
  });

  it("a remittance credited on the bank's receipt tells each employee their amount and the agent the total; a mismatch tells nobody", async () => {
    const now = new Date("2026-03-10T02:00:00Z");
    const parties = await remittanceParties("91320100NTFY9876X");
    const one = await createAccountHolder(parties.employer.id, { name: "张三", balance: "100.00" });
    const two = await createAccountHolder(parties.employer.id, { name: "李四", balance: "0.00" });
    const header = "身份证号,姓名,缴存基数,单位比例,个人比例";
    const file = new TextEncoder().encode(`${header}\r\n${one.idNumber},张三,5000,12,12\r\n${two.idNumber},李四,6000,12,12\r\n`);
    const posted = await postRemittance({
      employerId: parties.employer.id,
      month: "2026-03-01",
      actor: parties.agent,
      source: "CSV",
      file,
      now,
    });
    if (!posted.ok) throw new Error(JSON.stringify(posted.errors));

    await payAndImport({ agent: parties.agent, importer: parties.admin, remittanceId: posted.remittanceId, amount: "100.00", now });
    expect(await db.notification.count({ where: { kind: "REMITTANCE_CREDITED" } })).toBe(0);

    await payAndImport({ agent: parties.agent, importer: parties.admin, remittanceId: posted.remittanceId, amount: "2640.00", now });
    const first = await withSms({ depositorId: one.depositor.id });
    expect(first.items.map((n) => [n.title, n.body])).toEqual([["缴存到账：2026年03月", "您2026年03月的住房公积金1200.00元已到账入账。"]]);
    expect(first.sms.map((s) => s.text)).toEqual(["【住房公积金】您2026年03月的住房公积金1200.00元已到账入账。"]);
    const second = await withSms({ depositorId: two.depositor.id });
    expect(second.items.map((n) => n.body)).toEqual(["您2026年03月的住房公积金1440.00元已到账入账。"]);
    expect(second.sms).toHaveLength(1);
    const agent = await withSms({ userId: parties.agent.userId });
    expect(agent.items.map((n) => [n.title, n.body, n.link])).toEqual([
      ["汇缴已到账：2026年03月", "本单位2026年03月汇缴2人、合计2640.00元已于2026-03-10到账，已记入职工账户。", "/employer/remittances"],
    ]);
    expect(agent.sms).toEqual([]);

    // Importing the same receipt file again credits nothing and notifies nobody again.
    await payAndImport({ agent: parties.agent, importer: parties.admin, remittanceId: posted.remittanceId, amount: "2640.00", now }).catch(
      () => undefined,
    );
    expect(await db.notification.count({ where: { kind: "REMITTANCE_CREDITED" } })).toBe(3);
    // Credited once: 100.00 + 5,000 × 24 % and 0.00 + 6,000 × 24 %.
    const balanceOf = async (id: string) => (await db.depositAccount.findUniqueOrThrow({ where: { id } })).balance.toFixed(2);
    expect([await balanceOf(one.account.id), await balanceOf(two.account.id)]).toEqual(["1300.00", "1440.00"]);
    expect(await db.contribution.count({ where: { accountId: { in: [one.account.id, two.account.id] } } })).toBe(2);
  });

  it("an overdue notice issued tells the borrower the amount and the pay-by date; a reprint the same day does not", async () => {
    const c = w.caseOf("L001");
    const first = await issueOverdueNotice({ actor: w.actors.risk01, caseId: c.id, now: COLLECTIONS_NOW });
    await issueOverdueNotice({ actor: w.actors.risk01, caseId: c.id, now: new Date(COLLECTIONS_NOW.getTime() + 3_600_000) });
    const notice = await db.overdueNotice.findUniqueOrThrow({ where: { id: first.noticeId } });
    const { items, sms } = await withSms({ kind: "OVERDUE_NOTICE" });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      depositorId: c.loan.borrowerId,
      title: `逾期贷款通知单${notice.noticeNo}`,
      body: `中心已就您的公积金贷款L001出具逾期贷款通知单${notice.noticeNo}，欠款合计${notice.totalDue.toFixed(2)}元，请于2026-06-04前还清。`,
      link: "/portal/loans/L001",
    });
    expect(sms).toHaveLength(1);
  });
});
