import { describe, expect, it } from "vitest";
import { dateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { localBank } from "@/lib/bank/local-bank";
import { createBorrowers, createLoan } from "../servicing/fixtures";

const D = "2026-06-01";

describe("the local bank simulator", () => {
  it("settles a day's deduction file: several instructions on one card share its balance, in loanId order", async () => {
    const [borrower] = await createBorrowers(1);
    const spec = { principal: "10000.00", annualRatePercent: "3.100", months: 12, firstDueDate: "2026-06-01" };
    const [a, b, c, d] = [
      await createLoan(borrower!.id, { ...spec, loanNo: "B001" }),
      await createLoan(borrower!.id, { ...spec, loanNo: "B002" }),
      await createLoan(borrower!.id, { ...spec, loanNo: "B003" }),
      await createLoan(borrower!.id, { ...spec, loanNo: "B004" }),
    ];
    await db.simulatedBankAccount.create({ data: { accountNo: "6222SHARED", holderName: "借款人", balance: "1500.00" } });
    await db.simulatedBankAccount.create({ data: { accountNo: "6222EMPTY", holderName: "借款人", balance: "0.00" } });
    const file = [
      [a!.id, "6222SHARED", "1000.00"],
      [b!.id, "6222SHARED", "800.00"],
      [c!.id, "6222EMPTY", "50.00"],
      [d!.id, "6222GONE", "50.00"],
    ] as const;
    for (const [loanId, bankAccount, requested] of file) {
      await db.bankDeduction.create({ data: { loanId, businessDate: dateColumn(D), bankAccount, requested } });
    }
    const settled = await db.$transaction((tx) => localBank.settleDeductions(tx, D));
    expect(settled).toEqual({ instructions: 4, succeeded: 1, partial: 1, failed: 2, collected: "1500.00" });
    const rows = await db.bankDeduction.findMany({ orderBy: { loan: { loanNo: "asc" } } });
    expect(rows.map((r) => [r.status, r.collected.toFixed(2), r.failureReason, r.bankRef !== null])).toEqual([
      ["SUCCEEDED", "1000.00", null, true],
      ["PARTIAL", "500.00", "账户余额不足，已部分扣款", true],
      ["FAILED", "0.00", "账户余额不足", false],
      ["FAILED", "0.00", "银行卡不存在或已销户", false],
    ]);
    expect((await db.simulatedBankAccount.findUniqueOrThrow({ where: { accountNo: "6222SHARED" } })).balance.toFixed(2)).toBe("0.00");
    // Settled instructions are not settled again.
    expect(await db.$transaction((tx) => localBank.settleDeductions(tx, D))).toEqual({
      instructions: 0,
      succeeded: 0,
      partial: 0,
      failed: 0,
      collected: "0.00",
    });
  });

  it("takes an online payment from a card, or through the gateway, with a bank reference fixed by the caller's reference", async () => {
    await db.simulatedBankAccount.create({ data: { accountNo: "6222ONLINE", holderName: "借款人", balance: "300.00" } });
    const pay = (cardAccount: string | null, amount: string, reference = "web:1") =>
      db.$transaction((tx) => localBank.collectOnlinePayment(tx, { cardAccount, amount, reference }));

    const first = await pay("6222ONLINE", "200.50");
    expect(first.bankRef).toMatch(/^LBO[0-9A-F]{16}$/);
    expect(await pay(null, "99999.00")).toEqual(first);
    expect((await pay(null, "1.00", "web:2")).bankRef).not.toBe(first.bankRef);
    expect((await db.simulatedBankAccount.findUniqueOrThrow({ where: { accountNo: "6222ONLINE" } })).balance.toFixed(2)).toBe("99.50");

    await expect(pay("6222ONLINE", "99.51")).rejects.toMatchObject({ code: "BANK_INSUFFICIENT_FUNDS" });
    await expect(pay("6222NOPE", "1.00")).rejects.toMatchObject({ code: "BANK_CARD_NOT_FOUND" });
    await expect(pay(null, "0.00")).rejects.toMatchObject({ code: "INVALID_AMOUNT" });
    await expect(pay(null, "1.005")).rejects.toMatchObject({ code: "INVALID_AMOUNT" });
    expect((await db.simulatedBankAccount.findUniqueOrThrow({ where: { accountNo: "6222ONLINE" } })).balance.toFixed(2)).toBe("99.50");
  });
});
