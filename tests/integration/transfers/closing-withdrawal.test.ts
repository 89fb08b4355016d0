import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { DomainError } from "@/lib/errors";
import { submitWithdrawal } from "@/lib/withdrawals/submit-withdrawal";
import { decideWithdrawal } from "@/lib/withdrawals/decide-withdrawal";
import { recordPayout } from "@/lib/withdrawals/record-payout";
import { withdrawalMessage } from "@/lib/withdrawals/messages";
import { settleInterest } from "@/lib/interest/settle-interest";
import { rent, setup, docs, NOW } from "../withdrawals/fixtures";

type World = Awaited<ReturnType<typeof setup>>;
const retire = (s: World, amount: string, key: string) =>
  rent(s.holder.depositor.id, s.citizen, s.card, { reasonCode: "03", amount, claim: {}, documents: docs("03"), idempotencyKey: key });

describe("closing an account (销户) through a closing withdrawal", () => {
  it("pays balance + interest to the closing day on the settlement's daily balances and leaves exactly zero", async () => {
    const s = await setup("6000.00");
    const admin = s.checker.userId;
    // The 2025 settlement ran, so the closing interest starts on 2025-07-01.
    await db.interestSettlement.create({
      data: {
        yearEnd: 2025,
        ratePercent: "1.50",
        accountCount: 1,
        totalInterest: "0",
        postedById: admin,
        postedAt: new Date("2025-06-30T10:00:00Z"),
      },
    });
    // A contribution of 2,000 valued 2026-01-15 (mid-period): balance 8,000 from then on.
    await db.depositAccount.update({ where: { id: s.holder.account.id }, data: { balance: "8000.00" } });
    await db.ledgerEntry.create({
      data: {
        accountId: s.holder.account.id,
        kind: "CONTRIBUTION",
        amount: "2000.00",
        balanceAfter: "8000.00",
        valueDate: new Date("2026-01-15T00:00:00Z"),
      },
    });
    const w = await submitWithdrawal(retire(s, "8000.00", "close-1"));
    await decideWithdrawal({ actor: s.checker, withdrawalId: w.withdrawalId, version: 0, decision: "APPROVE", note: "", now: NOW });
    // 2025-07-01 … 2026-01-14 = 198 days × 6,000 + 2026-01-15 … 2026-03-04 = 49 days × 8,000
    // = 1,188,000 + 392,000 = 1,580,000 ÷ 24,000 = 65.833… → 65.83
    expect(await recordPayout({ actor: s.payer, withdrawalId: w.withdrawalId, now: NOW })).toMatchObject({
      amount: "8065.83",
      balanceAfter: "0.00",
    });
    const account = await db.depositAccount.findUniqueOrThrow({ where: { id: s.holder.account.id } });
    expect([account.status, account.balance.toFixed(2)]).toEqual(["CLOSED", "0.00"]);
    const interest = await db.ledgerEntry.findFirstOrThrow({ where: { accountId: s.holder.account.id, kind: "INTEREST" } });
    expect([interest.amount.toFixed(2), interest.balanceAfter.toFixed(2), interest.valueDate.toISOString().slice(0, 10)]).toEqual([
      "65.83",
      "8065.83",
      "2026-03-05",
    ]);
    expect(interest.reference).toMatch(/^CLOSING-INTEREST:TQ/);
    // The card got exactly balance + interest; the ledger sums to zero.
    expect((await db.simulatedBankAccount.findUniqueOrThrow({ where: { accountNo: s.card } })).balance.toFixed(2)).toBe("8065.83");
    const sum = await db.ledgerEntry.aggregate({ where: { accountId: s.holder.account.id }, _sum: { amount: true } });
    expect(sum._sum.amount!.toFixed(2)).toBe("0.00");
    // The 提取到账 message names what the bank paid (balance + closing interest), not the 8,000 applied for.
    const paid = await db.notification.findFirstOrThrow({ where: { kind: "WITHDRAWAL_PAID", depositorId: s.holder.depositor.id } });
    expect(paid.body).toContain("8065.83");
    // A second payout finds it paid; a later annual settlement skips the closed account.
    await expect(recordPayout({ actor: s.payer, withdrawalId: w.withdrawalId, now: NOW })).rejects.toMatchObject({ code: "STALE" });
    const adminUser = await db.user.create({
      data: { loginName: "closing-admin", displayName: "管理员", passwordHash: "x", roles: ["ADMIN"] },
    });
    const adminActor = { userId: adminUser.id, roles: ["ADMIN" as const], windowId: null, approvalLimit: null };
    await settleInterest({ yearEnd: 2026, actor: adminActor, now: new Date("2026-07-01T04:00:00Z") });
    expect(await db.ledgerEntry.count({ where: { accountId: s.holder.account.id, kind: "INTEREST" } })).toBe(1);
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: s.holder.account.id } })).balance.toFixed(2)).toBe("0.00");
    expect((await db.simulatedBankAccount.findUniqueOrThrow({ where: { accountNo: s.card } })).balance.toFixed(2)).toBe("8065.83");
  });

  it("a loan outstanding refuses the closing at application and again at payout, writing nothing", async () => {
    const s = await setup("4000.00");
    const unit = await db.propertyUnit.create({
      data: {
        unitNo: "CL-1",
        district: "鼓楼区",
        address: "测试路2号",
        buildingArea: "89.00",
        usage: "住宅",
        floor: 3,
        totalFloors: 18,
        builtYear: 2015,
      },
    });
    const loan = await db.loan.create({
      data: {
        loanNo: "DK-CL-1",
        borrowerId: s.holder.depositor.id,
        unitId: unit.id,
        purchasePrice: "1500000.00",
        isFirstHome: true,
        principal: "500000.00",
        annualRatePercent: "2.850",
        termMonths: 240,
        method: "EQUAL_INSTALLMENT",
        status: "OVERDUE",
      },
    });
    const refused = await submitWithdrawal(retire(s, "4000.00", "close-loan-1")).catch((e: unknown) => e as DomainError);
    expect(refused).toMatchObject({ code: "LOAN_OUTSTANDING" });
    expect(withdrawalMessage(refused as DomainError)).toBe("申请人（或作为共同借款人）尚有未结清或正在办理的公积金贷款，不能销户");
    expect(await db.withdrawal.count({ where: { depositorId: s.holder.depositor.id } })).toBe(0);

    await db.loan.update({ where: { id: loan.id }, data: { status: "PAID_OFF" } });
    const w = await submitWithdrawal(retire(s, "4000.00", "close-loan-2"));
    await decideWithdrawal({ actor: s.checker, withdrawalId: w.withdrawalId, version: 0, decision: "APPROVE", note: "", now: NOW });
    await db.loan.update({ where: { id: loan.id }, data: { status: "APPLYING" } });
    await expect(recordPayout({ actor: s.payer, withdrawalId: w.withdrawalId, now: NOW })).rejects.toMatchObject({
      code: "LOAN_OUTSTANDING",
    });
    const account = await db.depositAccount.findUniqueOrThrow({ where: { id: s.holder.account.id } });
    expect([account.status, account.balance.toFixed(2)]).toEqual(["NORMAL", "4000.00"]);
    expect(await db.ledgerEntry.count({ where: { accountId: s.holder.account.id } })).toBe(1);
    expect(await db.withdrawal.findUniqueOrThrow({ where: { id: w.withdrawalId } })).toMatchObject({ status: "APPROVED" });
    // Nor did the bank pay anything.
    expect((await db.simulatedBankAccount.findUniqueOrThrow({ where: { accountNo: s.card } })).balance.toFixed(2)).toBe("0.00");
  });
});
