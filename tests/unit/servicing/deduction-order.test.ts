import { describe, expect, it } from "vitest";
import {
  DEDUCTION_BUCKET_LABELS,
  DEFAULT_DEDUCTION_ORDER,
  allocatePayment,
  describeDeductionOrder,
  type DeductionBucket,
} from "@/lib/servicing/deduction-order";

// Owed: penalty 12.34, overdue interest 1059.17, overdue principal 942.53, current interest 1057.12,
// current principal 944.58 — total 4015.74.
const owed = {
  OVERDUE_PENALTY_INTEREST: "12.34",
  OVERDUE_INTEREST: "1059.17",
  OVERDUE_PRINCIPAL: "942.53",
  CURRENT_INTEREST: "1057.12",
  CURRENT_PRINCIPAL: "944.58",
};

describe("the default order", () => {
  it("is penalty → overdue interest → overdue principal → current interest → current principal", () => {
    expect(DEFAULT_DEDUCTION_ORDER).toEqual([
      "OVERDUE_PENALTY_INTEREST",
      "OVERDUE_INTEREST",
      "OVERDUE_PRINCIPAL",
      "CURRENT_INTEREST",
      "CURRENT_PRINCIPAL",
    ]);
    expect(describeDeductionOrder()).toBe("逾期罚息 → 逾期利息 → 逾期本金 → 当期利息 → 当期本金");
    expect(Object.keys(DEDUCTION_BUCKET_LABELS)).toHaveLength(5);
  });
});

describe("allocatePayment", () => {
  it("fills buckets in order: 2000.00 pays penalty, overdue interest, then 928.49 of overdue principal", () => {
    // 2000.00 − 12.34 − 1059.17 = 928.49 < 942.53, leaving 14.04 of overdue principal.
    const a = allocatePayment({ amount: "2000.00", owed });
    expect(a.allocated).toEqual({
      OVERDUE_PENALTY_INTEREST: "12.34",
      OVERDUE_INTEREST: "1059.17",
      OVERDUE_PRINCIPAL: "928.49",
      CURRENT_INTEREST: "0.00",
      CURRENT_PRINCIPAL: "0.00",
    });
    expect(a.remainingOwed).toEqual({ ...owed, OVERDUE_PENALTY_INTEREST: "0.00", OVERDUE_INTEREST: "0.00", OVERDUE_PRINCIPAL: "14.04" });
    expect(a).toMatchObject({ applied: "2000.00", unapplied: "0.00" });
  });

  it("puts an amount smaller than the first bucket all into it", () => {
    const a = allocatePayment({ amount: "5.01", owed });
    expect(a.allocated.OVERDUE_PENALTY_INTEREST).toBe("5.01");
    expect(a.remainingOwed.OVERDUE_PENALTY_INTEREST).toBe("7.33");
    expect(a.allocated.OVERDUE_INTEREST).toBe("0.00");
    expect(a.unapplied).toBe("0.00");
  });

  it("clears every bucket on an overpayment and returns the rest as unapplied", () => {
    // 5000.00 − 4015.74 = 984.26
    const a = allocatePayment({ amount: "5000", owed });
    expect(a.allocated).toEqual(owed);
    expect(Object.values(a.remainingOwed)).toEqual(["0.00", "0.00", "0.00", "0.00", "0.00"]);
    expect(a).toMatchObject({ applied: "4015.74", unapplied: "984.26" });
  });

  it("skips empty buckets and treats a zero payment as nothing applied", () => {
    const some = { ...owed, OVERDUE_PENALTY_INTEREST: "0", OVERDUE_INTEREST: "0.00", OVERDUE_PRINCIPAL: "0" };
    const a = allocatePayment({ amount: "1057.13", owed: some });
    expect(a.allocated).toMatchObject({ OVERDUE_PENALTY_INTEREST: "0.00", CURRENT_INTEREST: "1057.12", CURRENT_PRINCIPAL: "0.01" });
    expect(a.remainingOwed.CURRENT_PRINCIPAL).toBe("944.57");
    const zero = allocatePayment({ amount: "0", owed });
    expect(zero).toMatchObject({ applied: "0.00", unapplied: "0.00", remainingOwed: owed });
  });

  it("follows a custom order: principal before interest", () => {
    const order: DeductionBucket[] = [
      "OVERDUE_PRINCIPAL",
      "OVERDUE_INTEREST",
      "OVERDUE_PENALTY_INTEREST",
      "CURRENT_PRINCIPAL",
      "CURRENT_INTEREST",
    ];
    // 1000.00 − 942.53 = 57.47 goes to overdue interest.
    const a = allocatePayment({ amount: "1000.00", owed, order });
    expect(a.allocated).toMatchObject({ OVERDUE_PRINCIPAL: "942.53", OVERDUE_INTEREST: "57.47", OVERDUE_PENALTY_INTEREST: "0.00" });
    expect(describeDeductionOrder(order)).toBe("逾期本金 → 逾期利息 → 逾期罚息 → 当期本金 → 当期利息");
  });

  it("refuses an order that is not a permutation of all five buckets", () => {
    const missing = DEFAULT_DEDUCTION_ORDER.slice(0, 4);
    const doubled = [...missing, "OVERDUE_INTEREST"] as DeductionBucket[];
    const unknown = [...missing, "FEES"] as unknown as DeductionBucket[];
    for (const order of [missing, doubled, unknown]) {
      expect(() => allocatePayment({ amount: "1", owed, order })).toThrow(expect.objectContaining({ code: "INVALID_DEDUCTION_ORDER" }));
    }
  });

  it("refuses negative amounts and fractions of a fen", () => {
    expect(() => allocatePayment({ amount: "-1", owed })).toThrow(expect.objectContaining({ code: "INVALID_AMOUNT", field: "amount" }));
    expect(() => allocatePayment({ amount: "1.005", owed })).toThrow(expect.objectContaining({ code: "INVALID_AMOUNT" }));
    expect(() => allocatePayment({ amount: "1", owed: { ...owed, CURRENT_PRINCIPAL: "-0.01" } })).toThrow(
      expect.objectContaining({ code: "INVALID_AMOUNT", field: "CURRENT_PRINCIPAL" }),
    );
    expect(() => allocatePayment({ amount: "abc", owed })).toThrow(expect.objectContaining({ code: "INVALID_AMOUNT" }));
  });
});
