import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { submitWithdrawal } from "@/lib/withdrawals/submit-withdrawal";
import { decideWithdrawal } from "@/lib/withdrawals/decide-withdrawal";
import { recordPayout } from "@/lib/withdrawals/record-payout";
import { postRemittance } from "@/lib/remittances/post-remittance";
import { decideBackPayment } from "@/lib/remittances/decide-back-payment";
import { withdrawRemittance } from "@/lib/remittances/withdraw-remittance";
import { createAccountHolder, createUser } from "../accounts/fund-fixtures";
import { NOW, rent, setup } from "../withdrawals/fixtures";
import { actorFor, remittanceParties } from "../remittances/fixtures";
import { approveLoan } from "@/lib/cases/review-loan";
import { signContracts } from "@/lib/cases/sign-contracts";
import { acceptedLoan, createApplicant, createCenter } from "../cases/fixtures";
import { inTransaction } from "@/lib/db/transaction";
import { resolveFlag } from "@/lib/fraud/resolve-flag";
import { withdrawalQueued } from "@/lib/notifications/queue-events";

const itemsOf = (userIds: string[], kind: "WITHDRAWAL_QUEUE" | "BACK_PAYMENT_QUEUE") =>
  db.notification.findMany({
    where: { userId: { in: userIds }, kind },
    orderBy: [{ createdAt: "asc" }, { title: "asc" }],
    select: { userId: true, title: true, body: true, link: true, readAt: true },
  });

describe("staff queue items for withdrawals", () => {
  it("a withdrawal submitted for checking tells each checker once; when one decides, all are done; the payers are told next, then done", async () => {
    const { holder, citizen, card, maker, checker, payer } = await setup("10000.00");
    // A teller whose withdrawal authority does not cover 3,000.00 is not its checker.
    const small = await createUser(["TELLER"]);
    await db.user.update({ where: { id: small.id }, data: { withdrawalLimit: "1000.00" } });
    const staff = [maker.userId, checker.userId, payer.userId, small.id];

    const first = await submitWithdrawal(rent(holder.depositor.id, citizen, card));
    // Sent twice (double submit): the same withdrawal, no second item.
    const again = await submitWithdrawal(rent(holder.depositor.id, citizen, card));
    expect(again).toMatchObject({ withdrawalId: first.withdrawalId, duplicate: true });
    const no = first.withdrawalNo;
    const link = `/window/withdrawals/${first.withdrawalId}`;
    const toDecide = {
      title: `待审批提取：${no}`,
      body: `${holder.depositor.name}的租赁住房提取3000.00元（提取编号${no}）等待审批，办结时限${first.decideBy}。`,
      link,
      readAt: null,
    };
    expect(await itemsOf(staff, "WITHDRAWAL_QUEUE")).toEqual(
      expect.arrayContaining([
        { userId: checker.userId, ...toDecide },
        { userId: payer.userId, ...toDecide },
      ]),
    );
    expect(await itemsOf(staff, "WITHDRAWAL_QUEUE")).toHaveLength(2);

    // Two decisions at once (double click): one acts, the other is STALE.
    const decided = await Promise.allSettled([
      decideWithdrawal({ actor: checker, withdrawalId: first.withdrawalId, version: 0, decision: "APPROVE", note: "", now: NOW }),
      decideWithdrawal({ actor: checker, withdrawalId: first.withdrawalId, version: 0, decision: "APPROVE", note: "", now: NOW }),
    ]);
    expect(decided.filter((d) => d.status === "fulfilled")).toHaveLength(1);
    const afterDecision = await itemsOf(staff, "WITHDRAWAL_QUEUE");
    const decideItems = afterDecision.filter((n) => n.title.startsWith("待审批提取"));
    expect(decideItems).toHaveLength(2);
    expect(decideItems.every((n) => n.readAt?.getTime() === NOW.getTime())).toBe(true);
    // The payers' queue: every teller but the checker (maker ≠ checker ≠ payer), once.
    const toPay = afterDecision.filter((n) => n.title === `待支付提取：${no}`);
    expect(toPay.map((n) => n.userId).sort()).toEqual([maker.userId, payer.userId, small.id].sort());
    expect(toPay.every((n) => n.readAt === null && n.link === link)).toBe(true);
    expect(toPay[0]!.body).toBe(
      `${holder.depositor.name}的租赁住房提取3000.00元（提取编号${no}）已审批通过，等待支付（经办、审批人以外的柜员办理）。`,
    );

    const paidAt = new Date(NOW.getTime() + 60_000);
    await recordPayout({ actor: payer, withdrawalId: first.withdrawalId, now: paidAt });
    await expect(recordPayout({ actor: payer, withdrawalId: first.withdrawalId, now: paidAt })).rejects.toMatchObject({ code: "STALE" });
    const done = await itemsOf(staff, "WITHDRAWAL_QUEUE");
    expect(done).toHaveLength(5);
    expect(done.filter((n) => n.title.startsWith("待支付")).every((n) => n.readAt?.getTime() === paidAt.getTime())).toBe(true);
  });

  it("a rejection closes the checkers' items and queues nothing for payment; a refused decision closes nothing", async () => {
    const { holder, citizen, card, checker, payer } = await setup("10000.00");
    const wd = await submitWithdrawal(rent(holder.depositor.id, citizen, card, { idempotencyKey: "queue-reject-1" }));
    const noAuthority: Actor = { ...actorFor(await createUser(["TELLER"])), windowId: null };
    await expect(
      decideWithdrawal({ actor: noAuthority, withdrawalId: wd.withdrawalId, version: 0, decision: "REJECT", note: "材料不符", now: NOW }),
    ).rejects.toMatchObject({ code: "NO_WITHDRAWAL_AUTHORITY" });
    expect((await itemsOf([checker.userId, payer.userId], "WITHDRAWAL_QUEUE")).every((n) => n.readAt === null)).toBe(true);

    await decideWithdrawal({ actor: payer, withdrawalId: wd.withdrawalId, version: 0, decision: "REJECT", note: "材料不符", now: NOW });
    const items = await itemsOf([checker.userId, payer.userId], "WITHDRAWAL_QUEUE");
    expect(items.map((n) => [n.title.slice(0, 5), n.readAt?.getTime()])).toEqual([
      ["待审批提取", NOW.getTime()],
      ["待审批提取", NOW.getTime()],
    ]);
  });
});

describe("staff queue items for a withdrawal held by a fraud check", () => {
  /** A withdrawal as submit-withdrawal leaves one a fraud check held: HELD, one open flag, the risk officers told. */
  async function held(tag: string) {
    const parties = await setup("10000.00");
    const { holder, citizen, card } = parties;
    const w = await db.withdrawal.create({
      data: {
        withdrawalNo: `TQHOLD${tag}`,
        accountId: holder.account.id,
        depositorId: holder.depositor.id,
        reasonCode: "07",
        amount: "3000.00",
        claim: { monthlyRent: "1500.00", months: "2" },
        status: "HELD",
        channel: "ONLINE",
        bankName: "中国工商银行南京分行",
        bankAccount: card,
        idempotencyKey: `hold-${tag}`,
        submittedById: citizen.userId,
        submittedAt: NOW,
        decideBy: new Date("2026-03-10T00:00:00Z"),
      },
    });
    const flag = await db.fraudFlag.create({
      data: { kind: "DUPLICATE_MEDICAL_RECORD", withdrawalId: w.id, depositorId: holder.depositor.id, reason: "测试", detail: {} },
    });
    await inTransaction((tx) => withdrawalQueued(tx, { withdrawalId: w.id, queue: "WITHDRAWAL_HOLD", now: NOW }));
    return { ...parties, withdrawalId: w.id, flagId: flag.id };
  }

  it("tells the risk officers; dismissed, their items are done and the checkers are told; confirmed, all are done", async () => {
    const risk = actorFor(await createUser(["RISK_OFFICER"]));
    const a = await held("A");
    const riskItems = () => itemsOf([risk.userId], "WITHDRAWAL_QUEUE");
    expect(await riskItems()).toEqual([expect.objectContaining({ title: "待核查提取：TQHOLDA", link: "/risk/fraud", readAt: null })]);
    expect(await itemsOf([a.checker.userId], "WITHDRAWAL_QUEUE")).toEqual([]);
    const later = new Date(NOW.getTime() + 60_000);
    await resolveFlag({ actor: risk, flagId: a.flagId, decision: "DISMISS", note: "病历核实无误", now: later });
    expect((await riskItems()).map((n) => n.readAt?.getTime())).toEqual([later.getTime()]);
    expect(await itemsOf([a.checker.userId], "WITHDRAWAL_QUEUE")).toEqual([
      expect.objectContaining({ title: "待审批提取：TQHOLDA", readAt: null }),
    ]);

    const b = await held("B");
    await resolveFlag({ actor: risk, flagId: b.flagId, decision: "CONFIRM", note: "重复病历", now: later });
    const items = await riskItems();
    expect(items.map((n) => [n.title, n.readAt?.getTime()])).toEqual([
      ["待核查提取：TQHOLDA", later.getTime()],
      ["待核查提取：TQHOLDB", later.getTime()],
    ]);
    expect(await itemsOf([b.checker.userId], "WITHDRAWAL_QUEUE")).toEqual([]);
  });
});

describe("staff queue items for back payments (补缴)", () => {
  const csv = (line: string) => new TextEncoder().encode(`身份证号,姓名,缴存基数,单位比例,个人比例\r\n${line}\r\n`);

  it("a back payment awaiting approval tells each reviewer once; a decision closes them for all, and a second decision changes nothing", async () => {
    const { employer, agent, reviewer } = await remittanceParties("91320100QUEU0001X");
    const reviewer2 = actorFor(await createUser(["REVIEWER"]));
    const a = await createAccountHolder(employer.id, { name: "周八" });
    const posted = await postRemittance({
      employerId: employer.id,
      month: "2026-02-01",
      backPayReason: "系统切换前漏缴",
      actor: agent,
      source: "CSV",
      file: csv(`${a.idNumber},周八,5000,12,12`),
      now: NOW,
    });
    if (!posted.ok) throw new Error(JSON.stringify(posted.errors));
    expect(posted.status).toBe("AWAITING_APPROVAL");
    const reviewers = [reviewer.userId, reviewer2.userId];
    const item = {
      title: `待审批补缴：${employer.name}2026年02月`,
      body: `${employer.name}申报2026年02月补缴1人、合计1200.00元，补缴原因：系统切换前漏缴。请审核。`,
      link: "/review/remittances#awaiting-title",
      readAt: null,
    };
    expect(await itemsOf(reviewers, "BACK_PAYMENT_QUEUE")).toEqual(
      expect.arrayContaining([
        { userId: reviewer.userId, ...item },
        { userId: reviewer2.userId, ...item },
      ]),
    );
    expect(await itemsOf([agent.userId], "BACK_PAYMENT_QUEUE")).toEqual([]);

    const decidedAt = new Date(NOW.getTime() + 5_000);
    await decideBackPayment({ actor: reviewer2, remittanceId: posted.remittanceId, decision: "APPROVE", now: decidedAt });
    await expect(
      decideBackPayment({
        actor: reviewer,
        remittanceId: posted.remittanceId,
        decision: "APPROVE",
        now: new Date(decidedAt.getTime() + 1),
      }),
    ).rejects.toMatchObject({ code: "ALREADY_HANDLED" });
    const after = await itemsOf(reviewers, "BACK_PAYMENT_QUEUE");
    expect(after).toHaveLength(2);
    expect(after.every((n) => n.readAt?.getTime() === decidedAt.getTime())).toBe(true);
  });

  it("the agent's withdrawal of a back payment closes the reviewers' items; a current month's remittance queues nothing", async () => {
    const { employer, agent, reviewer } = await remittanceParties("91320100QUEU0002X");
    const a = await createAccountHolder(employer.id, { name: "吴九" });
    const back = await postRemittance({
      employerId: employer.id,
      month: "2026-01-01",
      backPayReason: "一月份漏报",
      actor: agent,
      source: "CSV",
      file: csv(`${a.idNumber},吴九,5000,12,12`),
      now: NOW,
    });
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    await withdrawRemittance({ actor: agent, remittanceId: back.remittanceId, now: NOW });
    const items = await itemsOf([reviewer.userId], "BACK_PAYMENT_QUEUE");
    expect(items.map((n) => n.readAt?.getTime())).toEqual([NOW.getTime()]);

    const current = await postRemittance({
      employerId: employer.id,
      month: "2026-03-01",
      actor: agent,
      source: "CSV",
      file: csv(`${a.idNumber},吴九,5000,12,12`),
      now: NOW,
    });
    expect(current).toMatchObject({ ok: true, status: "PENDING_PAYMENT" });
    expect(await itemsOf([reviewer.userId], "BACK_PAYMENT_QUEUE")).toHaveLength(1);
  });
});

describe("loan queue items follow the same rule", () => {
  it("the approval queue's items are done for every reviewer once one decides; the acceptor's item once they sign", async () => {
    const c = await createCenter();
    const a = await createApplicant(c);
    const { caseNo, matterId } = await acceptedLoan(c, a, { termMonths: 60 });
    const unread = (title: string) => db.notification.count({ where: { title, userId: { not: null }, readAt: null } });
    const toReview = `待审批：办件${caseNo}`;
    // Every active reviewer of this database (the center's four and the back-payment tests' three).
    const reviewers = await db.user.count({ where: { active: true, roles: { has: "REVIEWER" } } });
    expect(reviewers).toBeGreaterThanOrEqual(4);
    expect(await unread(toReview)).toBe(reviewers);
    await approveLoan({ actor: c.actors.reviewerA, matterId, expectedVersion: 0, note: "材料齐全" });
    expect(await unread(toReview)).toBe(0);
    expect(await db.notification.count({ where: { title: toReview } })).toBe(reviewers);
    const back = `办件${caseNo}：审核通过`;
    expect(await unread(back)).toBe(1);
    await signContracts({ actor: c.actors.teller, matterId, expectedVersion: 1 });
    expect(await unread(back)).toBe(0);
  });
});
