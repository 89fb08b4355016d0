import { describe, expect, it } from "vitest";
import { loanPosition } from "@/lib/servicing/use-cases/loan-position";
import { checkRepaymentAmount, suggestedRepayment } from "@/lib/servicing/use-cases/repayment-amount";
import { installments } from "./fixtures";

describe("loanPosition: what is owed on a business date", () => {
  it("nothing overdue, nothing due today: the next installment is shown, nothing is due now", () => {
    const p = loanPosition({
      installments: installments({ 1: "FULL", 2: "FULL" }),
      penaltyPosted: "0",
      penaltyPaid: "0",
      businessDate: "2026-02-25",
    });
    expect(p).toEqual({
      businessDate: "2026-02-25",
      penaltyOwed: "0.00",
      overduePrincipal: "0.00",
      overdueInterest: "0.00",
      overduePeriods: 0,
      arrears: "0.00",
      next: { seq: 3, dueDate: "2026-03-15", principalLeft: "9909.71", interestLeft: "259.00", amountLeft: "10168.71", partlyPaid: false },
      dueToday: "0.00",
      dueNow: "0.00",
      outstandingPrincipal: "100257.11",
    });
  });

  it("seq 2 overdue with 10.00 penalty owed (12.34 posted − 2.34 paid): arrears 10.00 + 284.53 + 9,884.18", () => {
    const p = loanPosition({
      installments: installments({ 1: "FULL" }),
      penaltyPosted: "12.34",
      penaltyPaid: "2.34",
      businessDate: "2026-02-25",
    });
    expect(p).toMatchObject({
      penaltyOwed: "10.00",
      overduePrincipal: "9884.18",
      overdueInterest: "284.53",
      overduePeriods: 1,
      arrears: "10178.71",
      dueToday: "0.00",
      dueNow: "10178.71",
    });
    expect(p.next).toMatchObject({ seq: 3, amountLeft: "10168.71" });
  });

  it("an installment due on the business date itself is due now, not overdue (一天一销号)", () => {
    const p = loanPosition({
      installments: installments({ 1: "FULL", 2: "FULL" }),
      penaltyPosted: "0",
      penaltyPaid: "0",
      businessDate: "2026-03-15",
    });
    expect(p).toMatchObject({
      overduePeriods: 0,
      arrears: "0.00",
      dueToday: "10168.71",
      dueNow: "10168.71",
      next: { seq: 3, dueDate: "2026-03-15" },
    });
  });

  it("seq 2 overdue on seq 3's due date: due now = arrears + today's installment", () => {
    const p = loanPosition({ installments: installments({ 1: "FULL" }), penaltyPosted: "0", penaltyPaid: "0", businessDate: "2026-03-15" });
    expect(p).toMatchObject({ arrears: "10168.71", dueToday: "10168.71", dueNow: "20337.42" });
  });

  it("a partly paid installment due today counts only what is left", () => {
    const p = loanPosition({
      installments: installments({ 1: "FULL", 2: "FULL", 3: ["100.00", "259.00"] }),
      penaltyPosted: "0",
      penaltyPaid: "0",
      businessDate: "2026-03-15",
    });
    expect(p.next).toEqual({
      seq: 3,
      dueDate: "2026-03-15",
      principalLeft: "9809.71",
      interestLeft: "0.00",
      amountLeft: "9809.71",
      partlyPaid: true,
    });
    expect(p.dueNow).toBe("9809.71");
  });
});

describe("online repayment amounts", () => {
  const overdue = loanPosition({
    installments: installments({ 1: "FULL" }),
    penaltyPosted: "12.34",
    penaltyPaid: "2.34",
    businessDate: "2026-02-25",
  });
  const current = loanPosition({
    installments: installments({ 1: "FULL", 2: "FULL" }),
    penaltyPosted: "0",
    penaltyPaid: "0",
    businessDate: "2026-03-15",
  });
  const notYetDue = loanPosition({
    installments: installments({ 1: "FULL", 2: "FULL" }),
    penaltyPosted: "0",
    penaltyPaid: "0",
    businessDate: "2026-02-25",
  });
  const settled = loanPosition({
    installments: installments(Object.fromEntries(Array.from({ length: 12 }, (_, k) => [k + 1, "FULL" as const]))),
    penaltyPosted: "0",
    penaltyPaid: "0",
    businessDate: "2027-01-01",
  });

  it("suggests everything due now: the arrears, or today's installment; nothing before a due date", () => {
    expect(suggestedRepayment(overdue)).toBe("10178.71");
    expect(suggestedRepayment(current)).toBe("10168.71");
    expect(suggestedRepayment(notYetDue)).toBe("0.00");
    expect(suggestedRepayment(settled)).toBe("0.00");
  });

  it("accepts up to what is due now and normalizes to two decimals", () => {
    expect(checkRepaymentAmount(" 10178.71 ", overdue)).toBe("10178.71");
    expect(checkRepaymentAmount("100", overdue)).toBe("100.00");
    expect(checkRepaymentAmount("0.01", current)).toBe("0.01");
  });

  it("refuses more than due now (with the limit), zero, bad formats, and a loan with nothing due", () => {
    expect(() => checkRepaymentAmount("10178.72", overdue)).toThrow(
      expect.objectContaining({ code: "AMOUNT_OVER_DUE", field: "amount", details: { max: "10178.71" } }),
    );
    expect(() => checkRepaymentAmount("10168.72", current)).toThrow(expect.objectContaining({ code: "AMOUNT_OVER_DUE" }));
    for (const bad of ["0", "0.00", "-5", "1.234", "abc", ""])
      expect(() => checkRepaymentAmount(bad, current)).toThrow(expect.objectContaining({ code: "INVALID_AMOUNT", field: "amount" }));
    expect(() => checkRepaymentAmount("1", settled)).toThrow(expect.objectContaining({ code: "NOTHING_DUE" }));
    expect(() => checkRepaymentAmount("10168.71", notYetDue)).toThrow(expect.objectContaining({ code: "NOTHING_DUE" }));
  });
});
