import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitWithdrawal, type SubmitWithdrawalOptions } from "@/lib/withdrawals/submit-withdrawal";
import { decideWithdrawal } from "@/lib/withdrawals/decide-withdrawal";
import { recordPayout } from "@/lib/withdrawals/record-payout";
import { prepareDocument } from "@/lib/documents/prepare-document";
import { REASON_RULES, type ReasonCode } from "@/lib/withdrawals/reasons";
import { createAccountHolder, createEmployer, createUser } from "../accounts/fund-fixtures";

const NOW = new Date("2026-03-05T02:00:00Z"); // Thursday
const pdf = new TextEncoder().encode("%PDF-1.4\n% test\n");
const docs = (code: ReasonCode) => REASON_RULES[code].documents.map((d) => prepareDocument({ kind: d.kind, filename: `${d.kind}.pdf`, bytes: pdf }));

async function setup(balance: string) {
  const employer = await createEmployer(`91320100W${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}X`);
  const holder = await createAccountHolder(employer.id, { balance });
  const citizen = await createUser(["CITIZEN"], { depositorId: holder.depositor.id });
  const teller = await createUser(["TELLER"]);
  return { holder, citizen, teller };
}

const rent = (depositorId: string, actorId: string, over: Partial<SubmitWithdrawalOptions> = {}): SubmitWithdrawalOptions => ({
  depositorId,
  actorId,
  channel: "ONLINE",
  reasonCode: "07",
  amount: "3000.00",
  claim: { monthlyRent: "1500.00", months: "2" },
  bankName: "中国工商银行南京分行",
  bankAccount: "6222020000000000001",
  idempotencyKey: "key-rent-0001",
  documents: docs("07"),
  now: NOW,
  ...over,
});

describe("withdrawals", () => {
  it("a double submit gives one withdrawal", async () => {
    const { holder, citizen } = await setup("10000.00");
    const [first, second] = await Promise.all([submitWithdrawal(rent(holder.depositor.id, citizen.id)), submitWithdrawal(rent(holder.depositor.id, citizen.id))]);
    expect(first.withdrawalId).toBe(second.withdrawalId);
    expect([first.duplicate, second.duplicate].sort()).toEqual([false, true]);
    const again = await submitWithdrawal(rent(holder.depositor.id, citizen.id));
    expect(again).toMatchObject({ withdrawalId: first.withdrawalId, duplicate: true, decideBy: "2026-03-10" });
    expect(await db.withdrawal.count({ where: { depositorId: holder.depositor.id } })).toBe(1);
    expect(await db.uploadedDocument.count()).toBe(REASON_RULES["07"].documents.length);
    // A new key for the same reason while the first is in flight is refused.
    await expect(submitWithdrawal(rent(holder.depositor.id, citizen.id, { idempotencyKey: "key-rent-0002" }))).rejects.toMatchObject({ code: "IN_FLIGHT" });
  });

  it("two withdrawals racing for the same balance never overdraw it", async () => {
    const { holder, citizen, teller } = await setup("1000.00");
    const a = await submitWithdrawal(rent(holder.depositor.id, citizen.id, { amount: "700.00", idempotencyKey: "race-a-0001" }));
    const b = await submitWithdrawal(
      rent(holder.depositor.id, citizen.id, { reasonCode: "99", amount: "700.00", claim: {}, documents: docs("99"), idempotencyKey: "race-b-0001" }),
    );
    for (const w of [a, b]) await decideWithdrawal({ withdrawalId: w.withdrawalId, version: 0, decision: "APPROVE", note: "", actorId: teller.id, now: NOW });
    const results = await Promise.allSettled([
      recordPayout({ withdrawalId: a.withdrawalId, payoutRef: "BANK-A-1", actorId: teller.id, now: NOW }),
      recordPayout({ withdrawalId: b.withdrawalId, payoutRef: "BANK-B-1", actorId: teller.id, now: NOW }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "INSUFFICIENT_BALANCE" });
    const account = await db.depositAccount.findUniqueOrThrow({ where: { id: holder.account.id } });
    expect(account.balance.toFixed(2)).toBe("300.00");
    expect(await db.ledgerEntry.count({ where: { accountId: holder.account.id, kind: "WITHDRAWAL" } })).toBe(1);
    expect(await db.withdrawal.count({ where: { depositorId: holder.depositor.id, status: "PAID" } })).toBe(1);
  });

  it("pays exactly once; a rejection needs a note and frees the reason; retirement closes the account", async () => {
    const { holder, citizen, teller } = await setup("5000.00");
    const w = await submitWithdrawal(rent(holder.depositor.id, citizen.id, { idempotencyKey: "once-0001" }));
    await expect(decideWithdrawal({ withdrawalId: w.withdrawalId, version: 0, decision: "REJECT", note: " ", actorId: teller.id })).rejects.toMatchObject({ code: "NOTE_REQUIRED" });
    await decideWithdrawal({ withdrawalId: w.withdrawalId, version: 0, decision: "APPROVE", note: "", actorId: teller.id, now: NOW });
    await expect(decideWithdrawal({ withdrawalId: w.withdrawalId, version: 0, decision: "APPROVE", note: "", actorId: teller.id })).rejects.toMatchObject({ code: "STALE" });
    expect(await recordPayout({ withdrawalId: w.withdrawalId, payoutRef: "BANK-1", actorId: teller.id, now: NOW })).toEqual({ amount: "3000.00", balanceAfter: "2000.00" });
    await expect(recordPayout({ withdrawalId: w.withdrawalId, payoutRef: "BANK-1", actorId: teller.id, now: NOW })).rejects.toMatchObject({ code: "STALE" });
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: holder.account.id } })).balance.toFixed(2)).toBe("2000.00");

    const r = await submitWithdrawal(rent(holder.depositor.id, citizen.id, { reasonCode: "03", amount: "2000.00", claim: {}, documents: docs("03"), idempotencyKey: "retire-0001" }));
    await decideWithdrawal({ withdrawalId: r.withdrawalId, version: 0, decision: "APPROVE", note: "", actorId: teller.id, now: NOW });
    expect(await recordPayout({ withdrawalId: r.withdrawalId, payoutRef: "BANK-2", actorId: teller.id, now: NOW })).toEqual({ amount: "2000.00", balanceAfter: "0.00" });
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: holder.account.id } })).status).toBe("CLOSED");
    expect(await db.auditEntry.count({ where: { entityType: "Withdrawal", entityId: { in: [w.withdrawalId, r.withdrawalId] } } })).toBe(6);
  });

  it("refuses an application that breaks its reason's rules, writing nothing", async () => {
    const { holder, citizen } = await setup("5000.00");
    await expect(submitWithdrawal(rent(holder.depositor.id, citizen.id, { amount: "3000.01", idempotencyKey: "rules-0001" }))).rejects.toMatchObject({
      code: "RULES",
      details: { issues: [{ code: "EXCEEDS_LIMIT", field: "amount" }] },
    });
    expect(await db.withdrawal.count({ where: { depositorId: holder.depositor.id } })).toBe(0);
  });
});
