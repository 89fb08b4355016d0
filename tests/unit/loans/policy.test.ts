import { describe, expect, it } from "vitest";
import {
  DEFAULT_LOAN_POLICY as policy,
  annualRateFor,
  assessLoanApplication,
  principalForPayment,
  retirementDate,
  wholeMonthsBetween,
  type LoanApplicationFacts,
} from "@/lib/loans/policy";
import { buildSchedule } from "@/lib/loans/schedule";
import { money } from "@/lib/money";

const facts: LoanApplicationFacts = {
  asOf: "2026-11-26",
  birthDate: "1988-05-12",
  gender: "MALE",
  balance: "60000.00",
  monthlyIncome: "12000.00",
  continuousContributionMonths: 36,
  accountNormal: true,
  hasOutstandingFundLoan: false,
  blacklisted: false,
  purchasePrice: "2000000.00",
  isFirstHome: true,
  requestedAmount: "800000.00",
  termMonths: 300,
  method: "EQUAL_INSTALLMENT",
};

describe("rates", () => {
  it("uses the default table: first home 2.1 / 2.6, second home 2.525 / 3.075, split at five years", () => {
    expect(annualRateFor(policy, true, 60)).toBe("2.1");
    expect(annualRateFor(policy, true, 61)).toBe("2.6");
    expect(annualRateFor(policy, false, 60)).toBe("2.525");
    expect(annualRateFor(policy, false, 360)).toBe("3.075");
  });
});

describe("statutory retirement (2025 reform)", () => {
  it("leaves men born before 1965 at 60 and delays later ones a month per four birth months, up to 63", () => {
    expect(retirementDate("1964-12-01", "MALE", policy)).toBe("2024-12-01");
    expect(retirementDate("1965-01-10", "MALE", policy)).toBe("2025-02-10");
    expect(retirementDate("1965-05-10", "MALE", policy)).toBe("2025-07-10");
    expect(retirementDate("1988-05-12", "MALE", policy)).toBe("2051-05-12");
  });
  it("moves women from 55 towards 58 the same way from the 1970 cohort", () => {
    expect(retirementDate("1969-12-31", "FEMALE", policy)).toBe("2024-12-31");
    expect(retirementDate("1971-03-10", "FEMALE", policy)).toBe("2026-07-10");
  });
  it("counts only complete months", () => {
    expect(wholeMonthsBetween("2026-11-26", "2026-12-25")).toBe(0);
    expect(wholeMonthsBetween("2026-11-26", "2026-12-26")).toBe(1);
  });
});

describe("assessLoanApplication", () => {
  it("shows every limit and which one binds", () => {
    const a = assessLoanApplication(facts, policy);
    expect(a.limits.map((l) => [l.code, l.amount])).toEqual([
      ["CITY_CAP", "1000000.00"],
      ["LOAN_TO_VALUE", "1600000.00"],
      ["BALANCE_MULTIPLE", "900000.00"],
      ["AFFORDABILITY", expect.stringMatching(/^\d+\.\d{2}$/)],
    ]);
    expect(a.binding).toBe("BALANCE_MULTIPLE");
    expect(a.maxAmount).toBe("900000.00");
    expect(a.annualRatePercent).toBe("2.6");
    expect(a.eligible).toBe(true);
  });

  it("binds on loan-to-value at 70 % for a second home", () => {
    const a = assessLoanApplication({ ...facts, isFirstHome: false, purchasePrice: "1000000.00", balance: "200000.00" }, policy);
    expect(a.binding).toBe("LOAN_TO_VALUE");
    expect(a.maxAmount).toBe("700000.00");
    expect(a.annualRatePercent).toBe("3.075");
  });

  it("the affordability limit is the largest loan whose payment is at most half the income", () => {
    const a = assessLoanApplication({ ...facts, monthlyIncome: "4000.00", balance: "500000.00" }, policy);
    expect(a.binding).toBe("AFFORDABILITY");
    const payment = (principal: string) =>
      buildSchedule({ principal, annualRatePercent: "2.6", months: 300, method: "EQUAL_INSTALLMENT", firstDueDate: "2027-01-01" })
        .installments[0]!.payment;
    expect(money(payment(a.maxAmount)).lte("2000.00")).toBe(true);
    // A few yuan more (one fen of payment is ~2.2 yuan of principal at this term) breaks the limit.
    expect(money(payment(money(a.maxAmount).plus("3.00").toFixed(2))).gt("2000.00")).toBe(true);
  });

  it("sizes equal-principal affordability on the first, largest payment", () => {
    const p = principalForPayment(money("9208.33"), "2.1", 60, "EQUAL_PRINCIPAL");
    expect(p.toFixed(2)).toBe("499999.81");
  });

  it("refuses an amount over the limit, naming the binding limit", () => {
    const a = assessLoanApplication({ ...facts, requestedAmount: "900000.01" }, policy);
    expect(a.problems).toEqual([{ code: "AMOUNT_OVER_LIMIT", maxAmount: "900000.00", binding: "BALANCE_MULTIPLE" }]);
  });

  it("refuses a term that matures after retirement age + 5", () => {
    const a = assessLoanApplication({ ...facts, termMonths: 360 }, policy);
    expect(a.maxTermMonthsByAge).toBe(353);
    expect(a.problems).toContainEqual({ code: "TERM_BEYOND_AGE", maxTermMonths: 353, latestMaturity: "2056-05-12" });
  });

  it("lists every eligibility problem at once", () => {
    const a = assessLoanApplication(
      { ...facts, continuousContributionMonths: 5, accountNormal: false, hasOutstandingFundLoan: true, blacklisted: true, termMonths: 6 },
      policy,
    );
    expect(a.problems.map((p) => p.code)).toEqual([
      "CONTRIBUTION_TOO_SHORT",
      "ACCOUNT_NOT_NORMAL",
      "OUTSTANDING_FUND_LOAN",
      "BLACKLISTED",
      "TERM_OUT_OF_RANGE",
      // Six months of half the income cannot repay 800,000 either.
      "AMOUNT_OVER_LIMIT",
    ]);
    expect(a.eligible).toBe(false);
  });
});
