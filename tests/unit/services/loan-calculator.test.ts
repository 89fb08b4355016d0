import { describe, expect, it } from "vitest";
import { DEFAULT_LOAN_POLICY, assessLoanApplication, type LoanApplicationFacts } from "@/lib/loans/policy";
import { toLimitsView } from "@/lib/cases/assessment-view";
import { calculateWithPolicy, calculatorFacts, ZLoanCalculator } from "@/lib/cases/loan-calculator";

const POLICY = { version: 3, rules: DEFAULT_LOAN_POLICY };
const AS_OF = "2026-12-03";

// Each vector: what a citizen types into the public calculator, the facts the window would read
// from the fund and the registry for the same person and home, and the exact limits both must show.
const VECTORS = [
  {
    name: "first home, 30 years, equal installments: the balance multiple binds",
    form: {
      birthDate: "1990-01-01",
      gender: "MALE",
      balance: "60,000",
      monthlyIncome: "12000",
      contributionMonths: "24",
      purchasePrice: "1500000",
      isFirstHome: "yes",
      termYears: "30",
      method: "EQUAL_INSTALLMENT",
      amount: "",
    },
    window: { balance: "60000.00", monthlyIncome: "12000.00", purchasePrice: "1500000.00", isFirstHome: true, termMonths: 360 },
    limits: {
      CITY_CAP: "¥1,000,000.00",
      LOAN_TO_VALUE: "¥1,200,000.00",
      BALANCE_MULTIPLE: "¥900,000.00",
      // 6,000.00 a month (50 % of 12,000) at 2.6 % over 360 months, floored to the fen.
      AFFORDABILITY: "¥1,498,727.16",
    },
    binding: "BALANCE_MULTIPLE",
    maxAmount: "¥900,000.00",
    rate: "2.6",
    payment: { paymentFor: "900000.00", firstPayment: "3603.06", totalInterest: "397100.18" },
  },
  {
    name: "second home, 20 years, equal principal: the price ratio binds",
    form: {
      birthDate: "1985-06-30",
      gender: "FEMALE",
      balance: "50000",
      monthlyIncome: "8000",
      contributionMonths: "6",
      purchasePrice: "800000",
      isFirstHome: "no",
      termYears: "20",
      method: "EQUAL_PRINCIPAL",
      amount: "",
    },
    window: { balance: "50000.00", monthlyIncome: "8000.00", purchasePrice: "800000.00", isFirstHome: false, termMonths: 240 },
    limits: {
      CITY_CAP: "¥1,000,000.00",
      LOAN_TO_VALUE: "¥560,000.00",
      BALANCE_MULTIPLE: "¥750,000.00",
      // 4,000.00 ÷ (1/240 + 3.075 % / 12), the first and largest equal-principal payment.
      AFFORDABILITY: "¥594,427.24",
    },
    binding: "LOAN_TO_VALUE",
    maxAmount: "¥560,000.00",
    rate: "3.075",
    // 560,000 / 240 = 2,333.33 principal + 560,000 × 0.25625 % = 1,435.00 interest.
    payment: { paymentFor: "560000.00", firstPayment: "3768.33" },
  },
] as const;

describe("public loan calculator (贷款额度试算)", () => {
  for (const v of VECTORS) {
    it(`${v.name}, exactly as the window's assessment`, () => {
      const input = ZLoanCalculator.parse(v.form);
      const result = calculateWithPolicy(input, POLICY, AS_OF);
      const shown = Object.fromEntries(result.view.limits.map((l) => [l.code, l.amount]));
      expect(shown).toEqual(v.limits);
      expect(result.view.limits.filter((l) => l.binding).map((l) => l.code)).toEqual([v.binding]);
      expect(result.view.maxAmount).toBe(v.maxAmount);
      expect(result.view.annualRatePercent).toBe(v.rate);
      expect(result.view.policyVersion).toBe(3);
      expect(result).toMatchObject(v.payment);

      // The window's path: the same policy rule on the facts it reads from the fund and registry.
      const windowFacts: LoanApplicationFacts = {
        asOf: AS_OF,
        birthDate: v.form.birthDate,
        gender: v.form.gender,
        continuousContributionMonths: Number(v.form.contributionMonths),
        accountNormal: true,
        hasOutstandingFundLoan: false,
        blacklisted: false,
        requestedAmount: "0.00",
        method: v.form.method,
        ...v.window,
      };
      expect(calculatorFacts(input, AS_OF)).toEqual(windowFacts);
      const windowAssessment = assessLoanApplication(windowFacts, POLICY.rules);
      expect(result.view).toEqual(toLimitsView(windowAssessment, { eligible: true, isFirstHome: v.window.isFirstHome, policyVersion: 3 }));
    });
  }

  it("puts each problem at its field, in the window's words", () => {
    const input = ZLoanCalculator.parse({ ...VECTORS[0].form, contributionMonths: "3", amount: "950000" });
    const result = calculateWithPolicy(input, POLICY, AS_OF);
    expect(result.view.eligible).toBe(false);
    expect(result.problems).toEqual([
      { field: "contributionMonths", message: "连续缴存3个月，不足6个月" },
      { field: "amount", message: "申请金额超过可贷额度¥900,000.00（受“公积金余额 × 倍数”限制）" },
    ]);
    // The payment is shown for the most that can be lent, not for the amount asked.
    expect(result.paymentFor).toBe("900000.00");
  });

  it("limits the term by age like the window (retirement + 5 years)", () => {
    const input = ZLoanCalculator.parse({ ...VECTORS[1].form, birthDate: "1975-03-15", termYears: "30" });
    const result = calculateWithPolicy(input, POLICY, AS_OF);
    expect(result.problems.map((p) => p.field)).toEqual(["termYears"]);
    expect(result.problems[0]!.message).toMatch(/^贷款期限超过年龄允许的最长期限：最长\d+个月（须在\d{4}-\d{2}-\d{2}前还清）$/);
    // A woman born March 1975 retires at 55 + 16 months (one month per four birth months from 1970-01,
    // 62 months → 16) on 2031-07-15; + 5 years = 2036-07-15, which is 115 whole months after 2026-12-03.
    expect(result.problems[0]!.message).toBe("贷款期限超过年龄允许的最长期限：最长115个月（须在2036-07-15前还清）");
  });

  it("refuses bad input with a Chinese message at its field", () => {
    const parsed = ZLoanCalculator.safeParse({
      ...VECTORS[0].form,
      birthDate: "1990-02-30",
      balance: "-1",
      termYears: "31",
      amount: "12.345",
      gender: "",
    });
    expect(parsed.success).toBe(false);
    const byField = Object.fromEntries(parsed.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(byField).toEqual({
      birthDate: "出生日期不正确",
      gender: "请选择性别",
      balance: "公积金账户余额应为不小于0的金额，最多两位小数",
      termYears: "贷款期限最长30年",
      amount: "贷款金额应为正数，最多两位小数",
    });
  });
});
