import { describe, expect, it } from "vitest";
import { buildSchedule, equalInstallmentPayment, type RepaymentMethod } from "@/lib/loans/schedule";
import { money, sumMoney } from "@/lib/money";
import { fullPayoffQuote, recomputeAfterPrepayment, type PrepaymentMode } from "@/lib/servicing/prepayment";

// ¥500,000 at 2.6 % over 360 months, first due 2027-01-31; 12 installments paid, ¥100,000 prepaid
// on the 12th due date (2027-12-31). Remaining: 348 installments from seq 13 (2028-01-31).
const loanFirstDueDate = "2027-01-31";

function afterTwelve(method: RepaymentMethod) {
  const original = buildSchedule({ principal: "500000", annualRatePercent: "2.6", months: 360, method, firstDueDate: loanFirstDueDate });
  return { original, remainingPrincipal: original.installments[11]!.balanceAfter };
}

function prepay(method: RepaymentMethod, mode: PrepaymentMode, amount = "100000") {
  const { remainingPrincipal } = afterTwelve(method);
  return recomputeAfterPrepayment({
    remainingPrincipal,
    amount,
    annualRatePercent: "2.6",
    method,
    remainingInstallments: 348,
    nextSeq: 13,
    loanFirstDueDate,
    mode,
  });
}

describe("equal installment (等额本息), ¥100,000 prepaid after 12 payments", () => {
  it("starts from the original schedule: balance 488,847.31, payment 2,001.70", () => {
    const { original, remainingPrincipal } = afterTwelve("EQUAL_INSTALLMENT");
    expect(remainingPrincipal).toBe("488847.31");
    // The recomputed current schedule is exactly the original's installments 13–360.
    const { summary } = prepay("EQUAL_INSTALLMENT", "LOWER_PAYMENT");
    expect(summary.oldPayment).toBe(original.installments[12]!.payment);
    expect(summary.oldInterest).toBe(sumMoney(original.installments.slice(12).map((i) => i.interest)).toFixed(2));
  });

  it("LOWER_PAYMENT keeps 348 months and lowers the payment to 1,592.23", () => {
    const { installments, summary } = prepay("EQUAL_INSTALLMENT", "LOWER_PAYMENT");
    expect(summary).toEqual({
      newPrincipal: "388847.31",
      oldPayment: "2001.70",
      newPayment: "1592.23",
      oldMonths: 348,
      newMonths: 348,
      monthsSaved: 0,
      oldInterest: "207743.43",
      newInterest: "165246.30",
      interestSaved: "42497.13",
    });
    // First new interest: 388847.31 × 2.6 % ÷ 12 = 842.502… → 842.50.
    expect(installments[0]).toEqual({
      seq: 13,
      dueDate: "2028-01-31",
      payment: "1592.23",
      principal: "749.73",
      interest: "842.50",
      balanceAfter: "388097.58",
    });
    expect(installments.at(-1)).toMatchObject({ seq: 360, dueDate: "2056-12-31", payment: "1589.80", balanceAfter: "0.00" });
  });

  it("SHORTEN_TERM keeps the payment within 2,001.70: 253 months at 1,998.12, 95 months saved", () => {
    const { installments, summary } = prepay("EQUAL_INSTALLMENT", "SHORTEN_TERM");
    expect(summary).toEqual({
      newPrincipal: "388847.31",
      oldPayment: "2001.70",
      newPayment: "1998.12",
      oldMonths: 348,
      newMonths: 253,
      monthsSaved: 95,
      oldInterest: "207743.43",
      newInterest: "116675.45",
      interestSaved: "91067.98",
    });
    // 253 is the fewest: 252 months would cost more than the current payment.
    expect(equalInstallmentPayment("388847.31", "2.6", 252).gt("2001.70")).toBe(true);
    expect(installments).toHaveLength(253);
    expect(installments[0]).toMatchObject({ seq: 13, dueDate: "2028-01-31", principal: "1155.62", interest: "842.50" });
    // Due dates keep the 31st, clamped per month (not drifting to the 29th after February).
    expect(installments[1]!.dueDate).toBe("2028-02-29");
    expect(installments[2]!.dueDate).toBe("2028-03-31");
    expect(installments.at(-1)).toMatchObject({ seq: 265, dueDate: "2049-01-31", payment: "1996.52", balanceAfter: "0.00" });
  });
});

describe("equal principal (等额本金), ¥100,000 prepaid after 12 payments", () => {
  it("starts from balance 483,333.32 (500000 − 12 × 1388.89)", () => {
    expect(afterTwelve("EQUAL_PRINCIPAL").remainingPrincipal).toBe("483333.32");
  });

  it("SHORTEN_TERM keeps 1,388.89 a month: ⌈383333.32 ÷ 1388.89⌉ = 276 months, 72 saved", () => {
    const { installments, summary } = prepay("EQUAL_PRINCIPAL", "SHORTEN_TERM");
    expect(summary).toEqual({
      newPrincipal: "383333.32",
      oldPayment: "2436.11",
      newPayment: "2219.45",
      oldMonths: 348,
      newMonths: 276,
      monthsSaved: 72,
      oldInterest: "182740.13",
      newInterest: "115031.86",
      interestSaved: "67708.27",
    });
    // 383333.32 × 2.6 % ÷ 12 = 830.555… → 830.56
    expect(installments[0]).toEqual({
      seq: 13,
      dueDate: "2028-01-31",
      payment: "2219.45",
      principal: "1388.89",
      interest: "830.56",
      balanceAfter: "381944.43",
    });
    expect(installments.at(-1)).toMatchObject({ seq: 288, principal: "1388.57", balanceAfter: "0.00" });
  });

  it("LOWER_PAYMENT spreads 383,333.32 over 348 months: 1,101.53 principal a month", () => {
    const { installments, summary } = prepay("EQUAL_PRINCIPAL", "LOWER_PAYMENT");
    expect(summary).toMatchObject({
      oldPayment: "2436.11",
      newPayment: "1932.09",
      newMonths: 348,
      monthsSaved: 0,
      newInterest: "144932.25",
      interestSaved: "37807.88",
    });
    expect(installments[0]).toMatchObject({ principal: "1101.53", interest: "830.56" });
    expect(installments.at(-1)).toMatchObject({ seq: 360, principal: "1102.41", balanceAfter: "0.00" });
  });
});

describe("invariants and refusals", () => {
  it.each([
    ["EQUAL_INSTALLMENT", "SHORTEN_TERM"],
    ["EQUAL_INSTALLMENT", "LOWER_PAYMENT"],
    ["EQUAL_PRINCIPAL", "SHORTEN_TERM"],
    ["EQUAL_PRINCIPAL", "LOWER_PAYMENT"],
  ] as const)("%s / %s: principal parts sum to the new principal, seqs run on from 13", (method, mode) => {
    const { installments, summary } = prepay(method, mode);
    expect(sumMoney(installments.map((i) => i.principal)).toFixed(2)).toBe(summary.newPrincipal);
    expect(installments.map((i) => i.seq)).toEqual(Array.from({ length: summary.newMonths }, (_, k) => 13 + k));
  });

  it("a prepayment leaving one fen still works", () => {
    const { summary, installments } = prepay("EQUAL_INSTALLMENT", "SHORTEN_TERM", "488847.30");
    expect(summary).toMatchObject({ newPrincipal: "0.01", newMonths: 1, monthsSaved: 347 });
    expect(installments).toEqual([
      { seq: 13, dueDate: "2028-01-31", payment: "0.01", principal: "0.01", interest: "0.00", balanceAfter: "0.00" },
    ]);
  });

  it("refuses more than the remaining principal, sends exactly the principal to full payoff, refuses zero", () => {
    expect(() => prepay("EQUAL_INSTALLMENT", "SHORTEN_TERM", "488847.32")).toThrow(
      expect.objectContaining({ code: "PREPAYMENT_EXCEEDS_PRINCIPAL" }),
    );
    expect(() => prepay("EQUAL_INSTALLMENT", "LOWER_PAYMENT", "488847.31")).toThrow(expect.objectContaining({ code: "USE_FULL_PAYOFF" }));
    expect(() => prepay("EQUAL_INSTALLMENT", "LOWER_PAYMENT", "0")).toThrow(expect.objectContaining({ code: "INVALID_AMOUNT" }));
    expect(() => prepay("EQUAL_INSTALLMENT", "LOWER_PAYMENT", "100.001")).toThrow(expect.objectContaining({ code: "INVALID_AMOUNT" }));
  });

  it("refuses a schedule position that makes no sense", () => {
    const base = {
      remainingPrincipal: "1000",
      amount: "100",
      annualRatePercent: "2.6",
      method: "EQUAL_INSTALLMENT",
      loanFirstDueDate,
      mode: "SHORTEN_TERM",
    } as const;
    expect(() => recomputeAfterPrepayment({ ...base, remainingInstallments: 0, nextSeq: 13 })).toThrow(
      expect.objectContaining({ code: "INVALID_SCHEDULE_POSITION" }),
    );
    expect(() => recomputeAfterPrepayment({ ...base, remainingInstallments: 12, nextSeq: 0 })).toThrow(
      expect.objectContaining({ code: "INVALID_SCHEDULE_POSITION" }),
    );
  });
});

describe("full payoff (remaining principal + principal × rate ÷ 360 × days since the last due date)", () => {
  it("¥100,000 at 2.6 %, 15 days after 2028-01-31: 100000 × 2.6 % × 15 ÷ 360 = 108.333… → 108.33", () => {
    expect(
      fullPayoffQuote({ remainingPrincipal: "100000", annualRatePercent: "2.6", lastDueDate: "2028-01-31", payoffDate: "2028-02-15" }),
    ).toEqual({
      principal: "100000.00",
      accruedDays: 15,
      accruedInterest: "108.33",
      total: "100108.33",
    });
  });

  it("after 12 payments, paid off on 2028-01-20 (20 days): 488847.31 × 2.6 % × 20 ÷ 360 = 706.1127… → 706.11", () => {
    expect(
      fullPayoffQuote({ remainingPrincipal: "488847.31", annualRatePercent: "2.6", lastDueDate: "2027-12-31", payoffDate: "2028-01-20" }),
    ).toMatchObject({
      accruedDays: 20,
      accruedInterest: "706.11",
      total: "489553.42",
    });
  });

  it("owes no interest on the due date itself, counts the leap day, and refuses a date before the last due date", () => {
    expect(
      fullPayoffQuote({ remainingPrincipal: "1000", annualRatePercent: "2.6", lastDueDate: "2028-01-31", payoffDate: "2028-01-31" }),
    ).toMatchObject({ accruedInterest: "0.00", total: "1000.00" });
    // 2028-02-28 → 2028-03-01 is 2 days in a leap year.
    expect(
      fullPayoffQuote({ remainingPrincipal: "36000", annualRatePercent: "2", lastDueDate: "2028-02-28", payoffDate: "2028-03-01" }),
    ).toMatchObject({ accruedDays: 2, accruedInterest: "4.00" });
    expect(() =>
      fullPayoffQuote({ remainingPrincipal: "1000", annualRatePercent: "2.6", lastDueDate: "2028-01-31", payoffDate: "2028-01-30" }),
    ).toThrow(expect.objectContaining({ code: "INVALID_SCHEDULE_POSITION" }));
    expect(
      money(
        fullPayoffQuote({ remainingPrincipal: "1000", annualRatePercent: "0", lastDueDate: "2028-01-01", payoffDate: "2028-01-31" })
          .accruedInterest,
      ).isZero(),
    ).toBe(true);
  });
});
