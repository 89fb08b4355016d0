import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { submitWithdrawal, type SubmitWithdrawalOptions } from "@/lib/withdrawals/submit-withdrawal";
import type { DomainError } from "@/lib/errors";
import { withdrawalMessage } from "@/lib/withdrawals/messages";
import { decideWithdrawal } from "@/lib/withdrawals/decide-withdrawal";
import { recordPayout } from "@/lib/withdrawals/record-payout";
import { issuePresenceCode } from "@/lib/withdrawals/presence-code";
import { NOW, docs, illness, refusals, rent as rentWithKey, setup } from "./fixtures";

let keys = 0;
/** The fixture's online rent application, each with its own idempotency key unless given one. */
const rent: typeof rentWithKey = (depositorId, actor, card, over = {}) =>
  rentWithKey(depositorId, actor, card, { idempotencyKey: `controls-${++keys}`, ...over });

type World = Awaited<ReturnType<typeof setup>>;

/** The maker takes a rent application at their window, the citizen's ID card read at the counter. */
const atWindow = (s: World, over: Partial<SubmitWithdrawalOptions> = {}): SubmitWithdrawalOptions => ({
  ...rent(s.holder.depositor.id, s.maker, s.card, { idempotencyKey: `window-${Math.random()}` }),
  channel: "WINDOW",
  presence: { kind: "ID_CARD", idNumber: s.holder.depositor.idNumber, name: s.holder.depositor.name },
  ...over,
});

const statusOf = async (id: string) =>
  db.withdrawal.findUniqueOrThrow({
    where: { id },
    select: { status: true, version: true, decidedById: true, paidById: true, inFlightKey: true, reviewNote: true, payoutFailures: true },
  });
const balanceOf = async (s: World) =>
  (await db.depositAccount.findUniqueOrThrow({ where: { id: s.holder.account.id } })).balance.toFixed(2);
const cardOf = async (s: World) => (await db.simulatedBankAccount.findUniqueOrThrow({ where: { accountNo: s.card } })).balance.toFixed(2);
const approve = (actor: Actor, withdrawalId: string, version = 0) =>
  decideWithdrawal({ actor, withdrawalId, version, decision: "APPROVE", note: "", now: NOW });

describe("maker ≠ checker ≠ payer", () => {
  it("the same teller can't approve or pay; the approver can't pay; each refusal is audited and writes nothing", async () => {
    const s = await setup("10000.00");
    const w = await submitWithdrawal(atWindow(s));
    expect(w.status).toBe("SUBMITTED");

    await expect(approve(s.maker, w.withdrawalId)).rejects.toMatchObject({ code: "FOUR_EYES_SUBMITTER" });
    await expect(
      decideWithdrawal({ actor: s.maker, withdrawalId: w.withdrawalId, version: 0, decision: "REJECT", note: "自己驳回" }),
    ).rejects.toMatchObject({ code: "FOUR_EYES_SUBMITTER" });
    expect(await statusOf(w.withdrawalId)).toMatchObject({ status: "SUBMITTED", version: 0, decidedById: null });

    await approve(s.checker, w.withdrawalId);
    await expect(recordPayout({ actor: s.checker, withdrawalId: w.withdrawalId, now: NOW })).rejects.toMatchObject({
      code: "FOUR_EYES_APPROVER",
    });
    await expect(recordPayout({ actor: s.maker, withdrawalId: w.withdrawalId, now: NOW })).rejects.toMatchObject({
      code: "FOUR_EYES_SUBMITTER",
    });
    expect(await statusOf(w.withdrawalId)).toMatchObject({ status: "APPROVED", paidById: null });
    expect(await balanceOf(s)).toBe("10000.00");

    expect(await recordPayout({ actor: s.payer, withdrawalId: w.withdrawalId, now: NOW })).toMatchObject({
      amount: "3000.00",
      balanceAfter: "7000.00",
    });
    expect(await statusOf(w.withdrawalId)).toMatchObject({ status: "PAID", decidedById: s.checker.userId, paidById: s.payer.userId });
    expect(await cardOf(s)).toBe("3000.00");

    expect(
      (await refusals(w.withdrawalId)).map((r) => [
        r.actorId,
        r.windowId,
        (r.detail as { step: string; code: string }).step,
        (r.detail as { code: string }).code,
      ]),
    ).toEqual([
      [s.maker.userId, s.maker.windowId, "DECIDE", "FOUR_EYES_SUBMITTER"],
      [s.maker.userId, s.maker.windowId, "DECIDE", "FOUR_EYES_SUBMITTER"],
      [s.checker.userId, s.checker.windowId, "PAYOUT", "FOUR_EYES_APPROVER"],
      [s.maker.userId, s.maker.windowId, "PAYOUT", "FOUR_EYES_SUBMITTER"],
    ]);
  });

  it("a citizen's online application is decided and paid by staff only, each checking the role itself", async () => {
    const s = await setup("10000.00");
    const w = await submitWithdrawal(rent(s.holder.depositor.id, s.citizen, s.card));
    await expect(approve(s.citizen, w.withdrawalId)).rejects.toMatchObject({ code: "FORBIDDEN_ROLE" });
    await expect(submitWithdrawal({ ...atWindow(s), actor: s.citizen })).rejects.toMatchObject({ code: "FORBIDDEN_ROLE" });
    await expect(
      submitWithdrawal({ ...rent(s.holder.depositor.id, s.maker, s.card, { idempotencyKey: "staff-online" }) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN_ROLE" });
    // Another citizen cannot apply for this account.
    const other = await setup("100.00");
    await expect(
      submitWithdrawal(rent(s.holder.depositor.id, other.citizen, s.card, { idempotencyKey: "not-mine-1" })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await approve(s.checker, w.withdrawalId);
    await recordPayout({ actor: s.payer, withdrawalId: w.withdrawalId, now: NOW });
    expect(await balanceOf(s)).toBe("7000.00");
  });
});

describe("delegated withdrawal limits", () => {
  it("refuses approval above the approver's limit, or by a teller without one, with an audit row", async () => {
    const s = await setup("60000.00");
    const w = await submitWithdrawal(
      rent(s.holder.depositor.id, s.citizen, s.card, { reasonCode: "99", amount: "55000.00", claim: {}, documents: docs("99") }),
    );
    await expect(approve(s.checker, w.withdrawalId)).rejects.toMatchObject({
      code: "OVER_AUTHORITY",
      details: { limit: "50000.00", amount: "55000.00" },
    });
    await expect(approve(s.maker, w.withdrawalId)).rejects.toMatchObject({ code: "NO_WITHDRAWAL_AUTHORITY" });
    expect(await statusOf(w.withdrawalId)).toMatchObject({ status: "SUBMITTED", version: 0 });
    expect((await refusals(w.withdrawalId)).map((r) => (r.detail as { code: string }).code)).toEqual([
      "OVER_AUTHORITY",
      "NO_WITHDRAWAL_AUTHORITY",
    ]);
    // The limit is data: raise it and the same approver may approve.
    await db.user.update({ where: { id: s.checker.userId }, data: { withdrawalLimit: "60000.00" } });
    expect(await approve(s.checker, w.withdrawalId)).toEqual({ status: "APPROVED" });
  });
});

describe("at the window", () => {
  it("requires the citizen's presence: an ID card read that is theirs, or their own live code, used once", async () => {
    const s = await setup("10000.00");
    const refused = async (over: Partial<SubmitWithdrawalOptions>, code: string, field: string) => {
      await expect(submitWithdrawal(atWindow(s, over))).rejects.toMatchObject({ code, field });
    };
    await refused({ presence: undefined }, "PRESENCE_REQUIRED", "presence");
    await refused({ presence: { kind: "ID_CARD", idNumber: s.holder.depositor.idNumber, name: "张三" } }, "PRESENCE_MISMATCH", "presence");
    await refused({ presence: { kind: "PORTAL_CODE", code: "123456" } }, "PRESENCE_CODE_INVALID", "presenceCode");

    const stale = await issuePresenceCode({ actor: s.citizen, now: new Date(NOW.getTime() - 11 * 60_000) });
    await refused({ presence: { kind: "PORTAL_CODE", code: stale.code } }, "PRESENCE_CODE_INVALID", "presenceCode");
    const { code } = await issuePresenceCode({ actor: s.citizen, now: NOW });
    const wrong = code === "000000" ? "000001" : "000000";
    await refused({ presence: { kind: "PORTAL_CODE", code: wrong } }, "PRESENCE_CODE_INVALID", "presenceCode");
    expect(await db.withdrawal.count({ where: { depositorId: s.holder.depositor.id } })).toBe(0);
    expect(
      (
        await db.presenceCode.findFirstOrThrow({
          where: { depositorId: s.holder.depositor.id, usedAt: null },
          orderBy: { createdAt: "desc" },
        })
      ).failedTries,
    ).toBe(1);
    // Only the hash is kept.
    expect(await db.presenceCode.count({ where: { codeHash: code } })).toBe(0);

    const w = await submitWithdrawal(atWindow(s, { presence: { kind: "PORTAL_CODE", code } }));
    expect(
      await db.withdrawal.findUniqueOrThrow({ where: { id: w.withdrawalId }, select: { presence: true, submittedById: true } }),
    ).toEqual({ presence: "PORTAL_CODE", submittedById: s.maker.userId });
    // Used once: a second application with the same code is refused (an illness may run beside the rent).
    await refused(
      { presence: { kind: "PORTAL_CODE", code }, reasonCode: "09", amount: "700.00", claim: illness, documents: docs("09") },
      "PRESENCE_CODE_INVALID",
      "presenceCode",
    );
    const audited = await db.auditEntry.findMany({
      where: { action: "WITHDRAWAL_REFUSED", entityId: s.holder.depositor.id },
      select: { detail: true },
    });
    expect(audited.map((a) => (a.detail as { code: string }).code)).toEqual([
      "PRESENCE_REQUIRED",
      "PRESENCE_MISMATCH",
      "PRESENCE_CODE_INVALID",
      "PRESENCE_CODE_INVALID",
      "PRESENCE_CODE_INVALID",
      "PRESENCE_CODE_INVALID",
    ]);
  });

  it("refuses a payee card not in the depositor's own name, or unknown to the bank", async () => {
    const s = await setup("10000.00");
    const other = await setup("10.00");
    await expect(submitWithdrawal(atWindow(s, { bankAccount: other.card }))).rejects.toMatchObject({
      code: "CARD_NAME_MISMATCH",
      field: "bankAccount",
    });
    await expect(submitWithdrawal(atWindow(s, { bankAccount: "6222999999999999999" }))).rejects.toMatchObject({
      code: "CARD_NOT_FOUND",
      field: "bankAccount",
    });
    expect(await db.withdrawal.count({ where: { depositorId: s.holder.depositor.id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "WITHDRAWAL_REFUSED", entityId: s.holder.depositor.id } })).toBe(2);
  });
});

describe("payout through the bank port", () => {
  it("a failed payout leaves the balance untouched; concurrent retries pay exactly once", async () => {
    const s = await setup("10000.00");
    const w = await submitWithdrawal(rent(s.holder.depositor.id, s.citizen, s.card));
    await approve(s.checker, w.withdrawalId);
    await db.simulatedBankAccount.update({ where: { accountNo: s.card }, data: { payFailure: "收款账户已冻结" } });
    await expect(recordPayout({ actor: s.payer, withdrawalId: w.withdrawalId, now: NOW })).rejects.toMatchObject({
      code: "BANK_PAY_FAILED",
      details: { reason: "收款账户已冻结" },
    });
    expect(await balanceOf(s)).toBe("10000.00");
    expect(await cardOf(s)).toBe("0.00");
    expect(await statusOf(w.withdrawalId)).toMatchObject({ status: "APPROVED", paidById: null, payoutFailures: 1 });
    expect(await db.ledgerEntry.count({ where: { accountId: s.holder.account.id, kind: "WITHDRAWAL" } })).toBe(0);
    expect((await refusals(w.withdrawalId)).map((r) => r.detail as { code: string; reason: string })).toEqual([
      expect.objectContaining({ code: "BANK_PAY_FAILED", reason: "收款账户已冻结" }),
    ]);

    await db.simulatedBankAccount.update({ where: { accountNo: s.card }, data: { payFailure: null } });
    const retries = await Promise.allSettled([0, 1, 2].map(() => recordPayout({ actor: s.payer, withdrawalId: w.withdrawalId, now: NOW })));
    expect(retries.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of retries.filter((x) => x.status === "rejected"))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "STALE" });
    expect(await balanceOf(s)).toBe("7000.00");
    expect(await cardOf(s)).toBe("3000.00");
    expect(await db.simulatedBankPayout.count({ where: { accountNo: s.card } })).toBe(1);
    expect(await db.ledgerEntry.count({ where: { accountId: s.holder.account.id, kind: "WITHDRAWAL" } })).toBe(1);
    const paid = await db.withdrawal.findUniqueOrThrow({ where: { id: w.withdrawalId }, select: { payoutRef: true } });
    expect(paid.payoutRef).toBe((await db.simulatedBankPayout.findFirstOrThrow({ where: { accountNo: s.card } })).bankRef);
  });
});

describe("the blacklist at every later money step", () => {
  const ban = (s: World, decidedById: string) =>
    db.blacklistEntry.create({
      data: {
        idNumber: s.holder.depositor.idNumber,
        name: s.holder.depositor.name,
        reason: "虚假租赁合同",
        evidence: "出租人证明",
        decidedById,
        startsOn: new Date("2026-03-01T00:00:00Z"),
        endsOn: new Date("2031-03-01T00:00:00Z"),
      },
    });

  it("a ban filed after approval stops the payout with its reason", async () => {
    const s = await setup("10000.00");
    const w = await submitWithdrawal(rent(s.holder.depositor.id, s.citizen, s.card));
    await approve(s.checker, w.withdrawalId);
    await ban(s, s.checker.userId);
    const reason = "申请人已被列入失信黑名单（虚假租赁合同），2031-03-01 前不得办理住房公积金提取和贷款";
    const refused = (await recordPayout({ actor: s.payer, withdrawalId: w.withdrawalId, now: NOW }).then(
      () => expect.fail("expected BLACKLISTED"),
      (e: unknown) => e,
    )) as DomainError;
    expect(refused).toMatchObject({ code: "BLACKLISTED", details: { banReason: "虚假租赁合同", endsOn: "2031-03-01", atWindow: true } });
    expect(withdrawalMessage(refused)).toBe(reason);
    expect(await statusOf(w.withdrawalId)).toMatchObject({
      status: "REJECTED",
      inFlightKey: null,
      paidById: null,
      reviewNote: `因失信黑名单终止：${reason}`,
    });
    expect(await balanceOf(s)).toBe("10000.00");
    expect(await cardOf(s)).toBe("0.00");
    const stop = await db.auditEntry.findFirstOrThrow({ where: { action: "WITHDRAWAL_STOPPED_BY_BAN", entityId: w.withdrawalId } });
    expect(stop).toMatchObject({
      actorId: s.payer.userId,
      fromState: "APPROVED",
      toState: "REJECTED",
      detail: expect.objectContaining({ step: "PAYOUT", reason }),
    });
  });

  it("a ban filed after submission stops the approval", async () => {
    const s = await setup("10000.00");
    const w = await submitWithdrawal(rent(s.holder.depositor.id, s.citizen, s.card));
    await ban(s, s.checker.userId);
    await expect(approve(s.checker, w.withdrawalId)).rejects.toMatchObject({ code: "BLACKLISTED" });
    expect(await statusOf(w.withdrawalId)).toMatchObject({ status: "REJECTED", inFlightKey: null, decidedById: null });
    expect(
      await db.auditEntry.count({ where: { action: "WITHDRAWAL_STOPPED_BY_BAN", entityId: w.withdrawalId, fromState: "SUBMITTED" } }),
    ).toBe(1);
  });
});

describe("one in flight per depositor", () => {
  it("refuses a second reason the rules do not let run beside the first, and lets an illness run beside rent", async () => {
    const s = await setup("10000.00");
    const first = await submitWithdrawal(rent(s.holder.depositor.id, s.citizen, s.card));
    const { withdrawalNo } = await db.withdrawal.findUniqueOrThrow({ where: { id: first.withdrawalId } });
    const inFlight = await submitWithdrawal(
      rent(s.holder.depositor.id, s.citizen, s.card, {
        reasonCode: "99",
        amount: "100.00",
        claim: {},
        documents: docs("99"),
        idempotencyKey: "other-1",
      }),
    ).catch((e: unknown) => e);
    expect(inFlight).toMatchObject({ code: "IN_FLIGHT", field: "reasonCode", details: { withdrawalNo } });
    expect(withdrawalMessage(inFlight as DomainError)).toBe(
      `已有一笔租赁住房提取申请（${withdrawalNo}）正在办理，按规定不能同时申请其他提取`,
    );
    await expect(
      submitWithdrawal(
        rent(s.holder.depositor.id, s.citizen, s.card, {
          reasonCode: "03",
          amount: "10000.00",
          claim: {},
          documents: docs("03"),
          idempotencyKey: "retire-1",
        }),
      ),
    ).rejects.toMatchObject({ code: "IN_FLIGHT" });
    const ill = await submitWithdrawal(
      rent(s.holder.depositor.id, s.citizen, s.card, {
        reasonCode: "09",
        amount: "700.00",
        claim: illness,
        documents: docs("09"),
        idempotencyKey: "ill-1",
      }),
    );
    expect(ill.status).toBe("SUBMITTED");
    // Once the rent withdrawal is settled, the other reason may be applied for.
    await decideWithdrawal({
      actor: s.checker,
      withdrawalId: first.withdrawalId,
      version: 0,
      decision: "REJECT",
      note: "材料不全",
      now: NOW,
    });
    await decideWithdrawal({
      actor: s.checker,
      withdrawalId: ill.withdrawalId,
      version: 0,
      decision: "REJECT",
      note: "材料不全",
      now: NOW,
    });
    const other = await submitWithdrawal(
      rent(s.holder.depositor.id, s.citizen, s.card, {
        reasonCode: "99",
        amount: "100.00",
        claim: {},
        documents: docs("99"),
        idempotencyKey: "other-2",
      }),
    );
    expect(other.status).toBe("SUBMITTED");
  });

  it("two applications for different reasons racing for one depositor: one wins", async () => {
    const s = await setup("10000.00");
    const results = await Promise.allSettled([
      submitWithdrawal(rent(s.holder.depositor.id, s.citizen, s.card, { idempotencyKey: "race-rent" })),
      submitWithdrawal(
        rent(s.holder.depositor.id, s.citizen, s.card, {
          reasonCode: "99",
          amount: "100.00",
          claim: {},
          documents: docs("99"),
          idempotencyKey: "race-other",
        }),
      ),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "IN_FLIGHT" });
  });
});
