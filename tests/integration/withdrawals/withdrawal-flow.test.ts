import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitWithdrawal } from "@/lib/withdrawals/submit-withdrawal";
import { decideWithdrawal } from "@/lib/withdrawals/decide-withdrawal";
import { recordPayout } from "@/lib/withdrawals/record-payout";
import { REASON_RULES } from "@/lib/withdrawals/reasons";
import { NOW, docs, illness, rent, setup } from "./fixtures";

describe("withdrawals", () => {
  it("a double submit gives one withdrawal", async () => {
    const { holder, citizen, card } = await setup("10000.00");
    const [first, second] = await Promise.all([
      submitWithdrawal(rent(holder.depositor.id, citizen, card)),
      submitWithdrawal(rent(holder.depositor.id, citizen, card)),
    ]);
    expect(first.withdrawalId).toBe(second.withdrawalId);
    expect([first.duplicate, second.duplicate].sort()).toEqual([false, true]);
    const again = await submitWithdrawal(rent(holder.depositor.id, citizen, card));
    expect(again).toMatchObject({ withdrawalId: first.withdrawalId, duplicate: true, decideBy: "2026-03-10" });
    expect(await db.withdrawal.count({ where: { depositorId: holder.depositor.id } })).toBe(1);
    expect(await db.uploadedDocument.count()).toBe(REASON_RULES["07"].documents.length);
    // A new key for the same reason while the first is in flight is refused.
    await expect(submitWithdrawal(rent(holder.depositor.id, citizen, card, { idempotencyKey: "key-rent-0002" }))).rejects.toMatchObject({
      code: "IN_FLIGHT",
    });
  });

  it("two withdrawals racing for the same balance never overdraw it", async () => {
    const { holder, citizen, card, checker, payer } = await setup("1000.00");
    const a = await submitWithdrawal(rent(holder.depositor.id, citizen, card, { amount: "700.00", idempotencyKey: "race-a-0001" }));
    // A critical illness may run beside a rent withdrawal (reasons.ts MAY_RUN_TOGETHER).
    const b = await submitWithdrawal(
      rent(holder.depositor.id, citizen, card, {
        reasonCode: "09",
        amount: "700.00",
        claim: illness,
        documents: docs("09"),
        idempotencyKey: "race-b-0001",
      }),
    );
    for (const w of [a, b])
      await decideWithdrawal({ actor: checker, withdrawalId: w.withdrawalId, version: 0, decision: "APPROVE", note: "", now: NOW });
    const results = await Promise.allSettled([
      recordPayout({ actor: payer, withdrawalId: a.withdrawalId, now: NOW }),
      recordPayout({ actor: payer, withdrawalId: b.withdrawalId, now: NOW }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "INSUFFICIENT_BALANCE" });
    const account = await db.depositAccount.findUniqueOrThrow({ where: { id: holder.account.id } });
    expect(account.balance.toFixed(2)).toBe("300.00");
    expect(await db.ledgerEntry.count({ where: { accountId: holder.account.id, kind: "WITHDRAWAL" } })).toBe(1);
    expect(await db.withdrawal.count({ where: { depositorId: holder.depositor.id, status: "PAID" } })).toBe(1);
    // The card got exactly the one payout.
    expect((await db.simulatedBankAccount.findUniqueOrThrow({ where: { accountNo: card } })).balance.toFixed(2)).toBe("700.00");
  });

  it("pays exactly once; a rejection needs a note and frees the reason; retirement closes the account", async () => {
    const { holder, citizen, card, checker, payer } = await setup("5000.00");
    const w = await submitWithdrawal(rent(holder.depositor.id, citizen, card, { idempotencyKey: "once-0001" }));
    await expect(
      decideWithdrawal({ actor: checker, withdrawalId: w.withdrawalId, version: 0, decision: "REJECT", note: " " }),
    ).rejects.toMatchObject({ code: "NOTE_REQUIRED" });
    await decideWithdrawal({ actor: checker, withdrawalId: w.withdrawalId, version: 0, decision: "APPROVE", note: "", now: NOW });
    await expect(
      decideWithdrawal({ actor: checker, withdrawalId: w.withdrawalId, version: 0, decision: "APPROVE", note: "" }),
    ).rejects.toMatchObject({ code: "STALE" });
    expect(await recordPayout({ actor: payer, withdrawalId: w.withdrawalId, now: NOW })).toMatchObject({
      amount: "3000.00",
      balanceAfter: "2000.00",
      bankRef: expect.stringMatching(/^LBP[0-9A-F]{16}$/),
    });
    await expect(recordPayout({ actor: payer, withdrawalId: w.withdrawalId, now: NOW })).rejects.toMatchObject({ code: "STALE" });
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: holder.account.id } })).balance.toFixed(2)).toBe("2000.00");

    const r = await submitWithdrawal(
      rent(holder.depositor.id, citizen, card, {
        reasonCode: "03",
        amount: "2000.00",
        claim: {},
        documents: docs("03"),
        idempotencyKey: "retire-0001",
      }),
    );
    await decideWithdrawal({ actor: checker, withdrawalId: r.withdrawalId, version: 0, decision: "APPROVE", note: "", now: NOW });
    // Closing pays the balance plus the 销户结息 (issue 15.5): 5,000 held 2025-07-01 … 2026-03-04
    // (247 days) = 积数 1,235,000 × 1.5 % ÷ 360 = 51.458… → 51.46.
    expect(await recordPayout({ actor: payer, withdrawalId: r.withdrawalId, now: NOW })).toMatchObject({
      amount: "2051.46",
      balanceAfter: "0.00",
    });
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: holder.account.id } })).status).toBe("CLOSED");
    expect(await db.auditEntry.count({ where: { entityType: "Withdrawal", entityId: { in: [w.withdrawalId, r.withdrawalId] } } })).toBe(6);
  });

  it("refuses an application that breaks its reason's rules, writing nothing", async () => {
    const { holder, citizen, card } = await setup("5000.00");
    await expect(
      submitWithdrawal(rent(holder.depositor.id, citizen, card, { amount: "3000.01", idempotencyKey: "rules-0001" })),
    ).rejects.toMatchObject({
      code: "RULES",
      details: { issues: [{ code: "EXCEEDS_LIMIT", field: "amount" }] },
    });
    expect(await db.withdrawal.count({ where: { depositorId: holder.depositor.id } })).toBe(0);
  });
});
