import { describe, expect, it } from "vitest";
import { overdueRate, overdueRatePercent } from "@/lib/servicing/overdue-rate";

describe("overdueRatePercent", () => {
  it("is exact and rounds half-up to two decimals", () => {
    expect(overdueRatePercent("1", "3")).toBe("33.33"); // 33.333…
    expect(overdueRatePercent("2", "3")).toBe("66.67"); // 66.666…
    expect(overdueRatePercent("1.25", "1000")).toBe("0.13"); // 0.125 exactly → 0.13
    expect(overdueRatePercent("1.24", "1000")).toBe("0.12");
    expect(overdueRatePercent("500", "500")).toBe("100.00");
  });
  it("is 0.00 when the total is zero", () => {
    expect(overdueRatePercent("0", "0")).toBe("0.00");
  });
});

describe("overdueRate", () => {
  const loans = [
    { borrowerId: "a", status: "ACTIVE", outstandingPrincipal: "488847.31" },
    { borrowerId: "b", status: "OVERDUE", outstandingPrincipal: "300000.00" },
    { borrowerId: "b", status: "OVERDUE", outstandingPrincipal: "11152.69" },
    { borrowerId: "c", status: "OVERDUE", outstandingPrincipal: "200000.00" },
    { borrowerId: "d", status: "PAID_OFF", outstandingPrincipal: "0.00" },
    { borrowerId: "e", status: "APPLYING", outstandingPrincipal: "900000.00" },
  ];

  it("divides the overdue loans' whole balances by all repaying loans' balances", () => {
    // total 488847.31 + 300000 + 11152.69 + 200000 = 1,000,000.00; overdue 511,152.69 → 51.115269 % → 51.12
    expect(overdueRate(loans)).toEqual({
      totalPrincipal: "1000000.00",
      overduePrincipal: "511152.69",
      ratePercent: "51.12",
      loanCount: 4,
      overdueLoanCount: 3,
      overdueBorrowerCount: 2,
    });
  });

  it("is all zeros for no loans or only loans not in repayment", () => {
    const zero = {
      totalPrincipal: "0.00",
      overduePrincipal: "0.00",
      ratePercent: "0.00",
      loanCount: 0,
      overdueLoanCount: 0,
      overdueBorrowerCount: 0,
    };
    expect(overdueRate([])).toEqual(zero);
    expect(overdueRate(loans.slice(4))).toEqual(zero);
  });

  it("refuses a negative balance", () => {
    expect(() => overdueRate([{ borrowerId: "x", status: "ACTIVE", outstandingPrincipal: "-1" }])).toThrow(
      expect.objectContaining({ code: "INVALID_AMOUNT" }),
    );
  });
});
