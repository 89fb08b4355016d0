import { describe, expect, it } from "vitest";
import { agingBucket, overdueStatus, type InstallmentPosition } from "@/lib/servicing/overdue-status";

/** Six monthly installments of 900.00 principal + 100.00 interest, due on the 15th from 2027-01-15. */
function loan(paid: Partial<Record<number, { principal?: string; interest?: string }>> = {}): InstallmentPosition[] {
  return Array.from({ length: 6 }, (_, k) => {
    const seq = k + 1;
    const p = paid[seq] ?? {};
    return {
      seq,
      dueDate: `2027-${String(seq).padStart(2, "0")}-15`,
      principal: "900.00",
      interest: "100.00",
      paidPrincipal: p.principal ?? "0",
      paidInterest: p.interest ?? "0",
    };
  });
}
const full = { principal: "900.00", interest: "100.00" };

describe("overdueStatus", () => {
  it("is ACTIVE before anything is overdue; the due date itself is not overdue yet", () => {
    expect(overdueStatus(loan(), "2027-01-15")).toEqual({
      status: "ACTIVE",
      overduePeriods: 0,
      consecutiveOverduePeriods: 0,
      overduePrincipal: "0.00",
      overdueInterest: "0.00",
      outstandingPrincipal: "5400.00",
      oldestOverdueDueDate: null,
      daysOverdue: 0,
      agingBucket: null,
    });
  });

  it("turns OVERDUE the day after an unpaid due date", () => {
    expect(overdueStatus(loan(), "2027-01-16")).toMatchObject({
      status: "OVERDUE",
      overduePeriods: 1,
      consecutiveOverduePeriods: 1,
      overduePrincipal: "900.00",
      overdueInterest: "100.00",
      oldestOverdueDueDate: "2027-01-15",
      daysOverdue: 1,
      agingBucket: "1",
    });
  });

  it("counts a partly paid installment as overdue for what is left of it", () => {
    // Installment 1 paid its interest and 899.99 of principal: 0.01 still overdue.
    const s = overdueStatus(loan({ 1: { principal: "899.99", interest: "100.00" } }), "2027-02-01");
    expect(s).toMatchObject({ overduePeriods: 1, overduePrincipal: "0.01", overdueInterest: "0.00", outstandingPrincipal: "4500.01" });
  });

  it("separates total from consecutive periods: seqs 1, 3, 4 overdue → 3 periods, 2 in a row", () => {
    const s = overdueStatus(loan({ 2: full }), "2027-04-20");
    expect(s).toMatchObject({
      status: "OVERDUE",
      overduePeriods: 3,
      consecutiveOverduePeriods: 2,
      overduePrincipal: "2700.00",
      overdueInterest: "300.00",
      outstandingPrincipal: "4500.00",
      // 2027-01-15 → 2027-04-20: 16 + 28 + 31 + 20 = 95 days.
      daysOverdue: 95,
      agingBucket: "2-5",
    });
  });

  it("six unpaid periods are in the 6+ bucket and six in a row", () => {
    expect(overdueStatus(loan(), "2027-07-01")).toMatchObject({
      overduePeriods: 6,
      consecutiveOverduePeriods: 6,
      agingBucket: "6+",
      overduePrincipal: "5400.00",
    });
  });

  it("does not depend on input order", () => {
    const shuffled = [...loan({ 2: full })].reverse();
    expect(overdueStatus(shuffled, "2027-04-20")).toEqual(overdueStatus(loan({ 2: full }), "2027-04-20"));
  });

  it("is PAID_OFF when every installment is fully paid, whatever the date", () => {
    const paid = loan(Object.fromEntries([1, 2, 3, 4, 5, 6].map((s) => [s, full])));
    expect(overdueStatus(paid, "2030-01-01")).toMatchObject({
      status: "PAID_OFF",
      overduePeriods: 0,
      outstandingPrincipal: "0.00",
      agingBucket: null,
    });
  });

  it("treats a loan with no installments as ACTIVE with zero balance", () => {
    expect(overdueStatus([], "2027-01-01")).toMatchObject({ status: "ACTIVE", outstandingPrincipal: "0.00" });
  });

  it("refuses overpaid or negative installments and a bad business date", () => {
    expect(() => overdueStatus(loan({ 1: { principal: "900.01" } }), "2027-02-01")).toThrow(
      expect.objectContaining({ code: "INVALID_AMOUNT" }),
    );
    expect(() => overdueStatus(loan({ 1: { interest: "-1" } }), "2027-02-01")).toThrow(expect.objectContaining({ code: "INVALID_AMOUNT" }));
    expect(() => overdueStatus(loan(), "2027-02-30")).toThrow();
  });
});

describe("agingBucket", () => {
  it("maps 0 → none, 1 → 1, 2–5 → 2-5, 6+ → 6+", () => {
    expect([0, 1, 2, 5, 6, 40].map(agingBucket)).toEqual([null, "1", "2-5", "2-5", "6+", "6+"]);
  });
});
