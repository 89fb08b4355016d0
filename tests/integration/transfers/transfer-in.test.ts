import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitTransfer, type SubmitTransferOptions } from "@/lib/transfers/submit-transfer";
import { handlePlatformMessage } from "@/lib/transfers/handle-platform-message";
import { receivePlatformMessages } from "@/lib/transfers/receive-platform-messages";
import { localPlatform } from "@/lib/transfers/local-platform";
import { localBank } from "@/lib/bank/local-bank";
import { NOW, SHANGHAI, remoteAccount, world } from "./fixtures";

type World = Awaited<ReturnType<typeof world>>;
let keys = 0;
const into = (s: World, over: Partial<SubmitTransferOptions> = {}): SubmitTransferOptions => ({
  actor: s.citizen,
  channel: "ONLINE",
  direction: "IN",
  depositorId: s.holder.depositor.id,
  otherCenterCode: SHANGHAI,
  idempotencyKey: `in-${++keys}`,
  now: NOW,
  ...over,
});

describe("transfer into the city (转入)", () => {
  it("credits the funds once, only when the platform reports they arrived, and records the months", async () => {
    const s = await world("1000.00");
    await remoteAccount(SHANGHAI, s.holder.depositor, "23456.78", 37);
    const t = await submitTransfer(into(s));
    expect(t.status).toBe("REQUESTED");
    // Requested, not yet arrived: nothing credited.
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: s.holder.account.id } })).balance.toFixed(2)).toBe("1000.00");

    const [message] = await db.$transaction(async (tx) =>
      localPlatform.messagesFor(tx, [(await tx.fundTransfer.findUniqueOrThrow({ where: { id: t.transferId } })).platformRef!]),
    );
    expect(message).toMatchObject({ kind: "FUNDS_ARRIVED", amount: "23456.78", months: 37 });
    // The platform calls back three times, two at once.
    const ctx = { actor: s.payer, now: NOW, bank: localBank, platform: localPlatform };
    const outcomes = await Promise.all([handlePlatformMessage(message!, ctx), handlePlatformMessage(message!, ctx)]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(["COMPLETED", "DUPLICATE"]);
    expect(await receivePlatformMessages({ actor: s.payer, now: NOW })).toEqual({ completed: [], refused: [], failed: [] });

    const acct = await db.depositAccount.findUniqueOrThrow({ where: { id: s.holder.account.id } });
    expect(acct.balance.toFixed(2)).toBe("24456.78");
    const entries = await db.ledgerEntry.findMany({ where: { accountId: s.holder.account.id, kind: "TRANSFER_IN" } });
    expect(entries.map((e) => [e.amount.toFixed(2), e.balanceAfter.toFixed(2)])).toEqual([["23456.78", "24456.78"]]);
    const done = await db.fundTransfer.findUniqueOrThrow({ where: { id: t.transferId } });
    expect(done).toMatchObject({
      status: "COMPLETED",
      months: 37,
      receiptRef: message!.kind === "FUNDS_ARRIVED" ? message!.receiptRef : "",
    });
    // Money is exact across the two centers: the other side is now empty.
    expect((await db.simulatedRemoteAccount.findFirstOrThrow({ where: { idNumber: s.holder.idNumber } })).balance.toFixed(2)).toBe("0.00");
    expect(await db.auditEntry.count({ where: { entityId: t.transferId, action: "TRANSFER_IN_CREDITED" } })).toBe(1);
  });

  it("a double submit makes one request; an unknown person at the other center is refused and nothing is credited", async () => {
    const s = await world("1000.00");
    const key = "in-double";
    const [a, b] = await Promise.all([submitTransfer(into(s, { idempotencyKey: key })), submitTransfer(into(s, { idempotencyKey: key }))]);
    expect(a.transferId).toBe(b.transferId);
    expect(await db.simulatedPlatformRequest.count({ where: { idNumber: s.holder.idNumber } })).toBe(1);
    expect((await receivePlatformMessages({ actor: s.payer, now: NOW })).refused).toEqual([a.transferNo]);
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: s.holder.account.id } })).balance.toFixed(2)).toBe("1000.00");
    expect(await db.ledgerEntry.count({ where: { accountId: s.holder.account.id, kind: "TRANSFER_IN" } })).toBe(0);
    expect(await db.fundTransfer.count({ where: { depositorId: s.holder.depositor.id } })).toBe(1);
  });
});
