import { describe, expect, it } from "vitest";
import { money } from "@/lib/money";
import { recomputeAfterPrepayment } from "@/lib/servicing/prepayment";
import {
  PREPAYMENT_POLICY,
  checkPartialAmount,
  planPartialPrepayment,
  planPayoff,
  prepaymentStart,
} from "@/lib/servicing/use-cases/prepayment-plan";
import { LOAN, installments } from "./fixtures";

const start = (paid: Parameters<typeof installments>[0], businessDate: string, penalty: [string, string] = ["0", "0"]) =>
  prepaymentStart({
    installments: installments(paid),
    penaltyPosted: penalty[0],
    penaltyPaid: penalty[1],
    businessDate,
    disbursedOn: LOAN.disbursedOn,
  });

describe("prepaymentStart: where a prepayment begins, and when it must wait", () => {
  it("after two paid installments, on 2026-02-25: seq 3 on, 10 left, 100,257.11, interest from 2026-02-15", () => {
    expect(start({ 1: "FULL", 2: "FULL" }, "2026-02-25")).toEqual({
      businessDate: "2026-02-25",
      nextSeq: 3,
      remainingInstallments: 10,
      remainingPrincipal: "100257.11",
      accrueFrom: "2026-02-15",
    });
  });

  it("before the first due date, interest runs from the disbursement date", () => {
    expect(start({}, "2025-12-25")).toMatchObject({
      nextSeq: 1,
      remainingInstallments: 12,
      remainingPrincipal: "120000.00",
      accrueFrom: "2025-12-15",
    });
  });

  it("with the next installment paid ahead, starts after it and accrues nothing (its interest runs to its due date)", () => {
    expect(start({ 1: "FULL", 2: "FULL", 3: "FULL" }, "2026-02-25")).toMatchObject({
      nextSeq: 4,
      remainingInstallments: 9,
      accrueFrom: "2026-02-25",
    });
  });

  it("arrears first: an overdue installment, or penalty interest still owed, refuses it", () => {
    expect(() => start({ 1: "FULL" }, "2026-02-25")).toThrow(
      expect.objectContaining({ code: "ARREARS_FIRST", details: { arrears: "10168.71" } }),
    );
    expect(() => start({ 1: "FULL", 2: "FULL" }, "2026-02-25", ["5.00", "4.99"])).toThrow(
      expect.objectContaining({ code: "ARREARS_FIRST", details: { arrears: "0.01" } }),
    );
  });

  it("an installment due today must be settled first; a half-paid next one refuses; nothing left refuses", () => {
    expect(() => start({ 1: "FULL", 2: "FULL" }, "2026-03-15")).toThrow(
      expect.objectContaining({ code: "CURRENT_DUE_FIRST", details: { seq: 3, dueDate: "2026-03-15" } }),
    );
    expect(() => start({ 1: "FULL", 2: "FULL", 3: ["100.00", "0.00"] }, "2026-02-25")).toThrow(
      expect.objectContaining({ code: "NEXT_PARTLY_PAID" }),
    );
    const all = Object.fromEntries(Array.from({ length: 12 }, (_, k) => [k + 1, "FULL" as const]));
    expect(() => start(all, "2026-12-20")).toThrow(expect.objectContaining({ code: "NOTHING_OWED" }));
  });
});

describe("partial prepayment: amount policy (≥ 10,000 元, whole hundreds, below the remaining principal)", () => {
  it("is data in one place", () => {
    expect(PREPAYMENT_POLICY).toEqual({ minAmount: "10000.00", multipleOf: "100" });
  });

  it("accepts 10,000 and 100,200 and normalizes", () => {
    expect(checkPartialAmount("10000", "100257.11")).toBe("10000.00");
    expect(checkPartialAmount("100200.00", "100257.11")).toBe("100200.00");
  });

  it("refuses below the minimum, odd hundreds, all or more than the principal, and bad input", () => {
    expect(() => checkPartialAmount("9900", "100257.11")).toThrow(
      expect.objectContaining({ code: "PREPAYMENT_BELOW_MINIMUM", field: "amount" }),
    );
    expect(() => checkPartialAmount("10050", "100257.11")).toThrow(
      expect.objectContaining({ code: "PREPAYMENT_NOT_MULTIPLE", field: "amount" }),
    );
    expect(() => checkPartialAmount("10000.50", "100257.11")).toThrow(expect.objectContaining({ code: "PREPAYMENT_NOT_MULTIPLE" }));
    expect(() => checkPartialAmount("100257.11", "100257.11")).toThrow(expect.objectContaining({ code: "USE_FULL_PAYOFF" }));
    expect(() => checkPartialAmount("100300", "100257.11")).toThrow(
      expect.objectContaining({ code: "PREPAYMENT_EXCEEDS_PRINCIPAL", details: { remainingPrincipal: "100257.11" } }),
    );
    for (const bad of ["", "0", "1e5", "-10000", "10000.001"])
      expect(() => checkPartialAmount(bad, "100257.11")).toThrow(expect.objectContaining({ code: "INVALID_AMOUNT" }));
  });
});

describe("partial prepayment quote: ¥50,000 on 2026-02-25, 10 days after the last due date", () => {
  const s = start({ 1: "FULL", 2: "FULL" }, "2026-02-25");

  it.each(["SHORTEN_TERM", "LOWER_PAYMENT"] as const)(
    "%s: interest 50000 × 3.1 %% × 10 ÷ 360 = 43.0555… → 43.06; schedule exactly recomputeAfterPrepayment's",
    (mode) => {
      const plan = planPartialPrepayment(LOAN, s, { amount: "50000", mode });
      expect(plan).toMatchObject({
        takesEffectOn: "2026-02-25",
        mode,
        amount: "50000.00",
        accruedDays: 10,
        accruedInterest: "43.06",
        total: "50043.06",
        nextSeq: 3,
      });
      const expected = recomputeAfterPrepayment({
        remainingPrincipal: "100257.11",
        amount: "50000.00",
        annualRatePercent: "3.1",
        method: "EQUAL_INSTALLMENT",
        remainingInstallments: 10,
        nextSeq: 3,
        loanFirstDueDate: "2026-01-15",
        mode,
      });
      expect(plan.installments).toEqual(expected.installments);
      expect(plan.summary).toEqual(expected.summary);
      expect(plan.installments[0]).toMatchObject({ seq: 3, dueDate: "2026-03-15" });
    },
  );

  it("SHORTEN_TERM keeps the payment within 10,168.71 and shortens; LOWER_PAYMENT keeps 10 months", () => {
    const shorter = planPartialPrepayment(LOAN, s, { amount: "50000", mode: "SHORTEN_TERM" }).summary;
    const lower = planPartialPrepayment(LOAN, s, { amount: "50000", mode: "LOWER_PAYMENT" }).summary;
    expect(shorter).toMatchObject({ newPrincipal: "50257.11", oldPayment: "10168.71", oldMonths: 10, newMonths: 5 });
    expect(lower).toMatchObject({ newPrincipal: "50257.11", newMonths: 10, monthsSaved: 0 });
    expect(money(lower.newPayment).lt(lower.oldPayment)).toBe(true);
  });

  it("on a due date itself no interest is added; paid ahead, none either", () => {
    const onDueDate = start({ 1: "FULL", 2: "FULL" }, "2026-02-15");
    expect(planPartialPrepayment(LOAN, onDueDate, { amount: "20000", mode: "LOWER_PAYMENT" })).toMatchObject({
      accruedDays: 0,
      accruedInterest: "0.00",
      total: "20000.00",
    });
    const ahead = start({ 1: "FULL", 2: "FULL", 3: "FULL" }, "2026-02-25");
    expect(planPartialPrepayment(LOAN, ahead, { amount: "20000", mode: "LOWER_PAYMENT" })).toMatchObject({
      accruedDays: 0,
      total: "20000.00",
      nextSeq: 4,
    });
  });
});

describe("full payoff quote", () => {
  it("100,257.11 + 100257.11 × 3.1 % × 10 ÷ 360 = 86.3325… → 86.33", () => {
    expect(planPayoff(LOAN, start({ 1: "FULL", 2: "FULL" }, "2026-02-25"))).toEqual({
      takesEffectOn: "2026-02-25",
      principal: "100257.11",
      accruedDays: 10,
      accruedInterest: "86.33",
      total: "100343.44",
    });
  });
});
