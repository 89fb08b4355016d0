import { describe, expect, it } from "vitest";
import { checkWithdrawal, type CheckInput } from "@/lib/withdrawals/check-withdrawal";
import { REASON_CODES, REASON_RULES } from "@/lib/withdrawals/reasons";

const docsFor = (code: keyof typeof REASON_RULES) => REASON_RULES[code].documents.map((d) => d.kind);
const base = (code: keyof typeof REASON_RULES, over: Partial<CheckInput> = {}): CheckInput => ({
  rule: REASON_RULES[code],
  amount: "1000.00",
  claim: {},
  balance: "50000.00",
  accountStatus: "NORMAL",
  recentCount: 0,
  documentKinds: docsFor(code),
  ...over,
});
const codes = (input: CheckInput) => checkWithdrawal(input).issues.map((i) => i.code);
/** The anti-fraud facts a purchase and an illness must state (their checks are in check-facts.test.ts). */
const PURCHASE = {
  propertyCertNo: "苏(2024)南京市不动产权第0012345号",
  propertyOwner: "李娜",
  propertyArea: "89.50",
  propertyRegisteredOn: "2024-05-20",
  deedTaxInvoiceNo: "QS20240012345",
};
const ILLNESS = {
  hospital: "南京市第一医院",
  admissionDate: "2026-06-01",
  dischargeDate: "2026-06-20",
  diagnosis: "急性心肌梗死",
  medicalTotal: "186500.00",
};

describe("reason table 204008", () => {
  it("has every standard code, and retirement, disability and emigration (and death) close the account", () => {
    expect(REASON_CODES).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09", "99"]);
    expect(REASON_CODES.filter((c) => REASON_RULES[c].closesAccount)).toEqual(["03", "04", "05", "08"]);
  });
});

describe("01 purchase: ≤ price paid", () => {
  it("allows up to the price paid and the balance", () => {
    expect(checkWithdrawal(base("01", { amount: "30000.00", claim: { purchasePrice: "30000.00", ...PURCHASE } }))).toEqual({
      ok: true,
      limit: "30000.00",
      issues: [],
    });
  });
  it("refuses a cent over the price", () => {
    expect(codes(base("01", { amount: "30000.01", claim: { purchasePrice: "30000.00", ...PURCHASE } }))).toEqual(["EXCEEDS_LIMIT"]);
  });
  it("needs the price, the certificate and invoice facts, the contract and the invoice", () => {
    expect(codes(base("01", { claim: {}, documentKinds: ["ID_CARD", "BANK_CARD"] }))).toEqual([
      "CLAIM_MISSING",
      "FACT_MISSING",
      "FACT_MISSING",
      "FACT_MISSING",
      "FACT_MISSING",
      "FACT_MISSING",
      "DOCUMENTS_MISSING",
    ]);
  });
  it("once in 12 months", () => {
    expect(codes(base("01", { claim: { purchasePrice: "900000.00", ...PURCHASE }, recentCount: 1 }))).toEqual(["FREQUENCY"]);
  });
});

describe("07 rent: ≤ min(rent, 1500.00) × months", () => {
  it("rent 1200 × 3 months = 3600.00", () => {
    expect(checkWithdrawal(base("07", { amount: "3600.00", claim: { monthlyRent: "1200.00", months: "3" } })).limit).toBe("3600.00");
    expect(codes(base("07", { amount: "3600.01", claim: { monthlyRent: "1200.00", months: "3" } }))).toEqual(["EXCEEDS_LIMIT"]);
  });
  it("caps the monthly amount at 1500.00: rent 4000 × 12 → 18000.00", () => {
    expect(checkWithdrawal(base("07", { amount: "18000.00", claim: { monthlyRent: "4000.00", months: "12" } })).ok).toBe(true);
    expect(codes(base("07", { amount: "18000.01", claim: { monthlyRent: "4000.00", months: "12" } }))).toEqual(["EXCEEDS_LIMIT"]);
  });
  it("months 1..12", () => {
    expect(codes(base("07", { claim: { monthlyRent: "1000.00", months: "13" } }))).toEqual(["MONTHS_RANGE"]);
  });
  it("four times in 12 months", () => {
    expect(codes(base("07", { amount: "100.00", claim: { monthlyRent: "1000.00", months: "1" }, recentCount: 3 }))).toEqual([]);
    expect(codes(base("07", { amount: "100.00", claim: { monthlyRent: "1000.00", months: "1" }, recentCount: 4 }))).toEqual(["FREQUENCY"]);
  });
});

describe("09 critical illness: ≤ out-of-pocket costs", () => {
  it("limit is the costs, and never above the balance", () => {
    expect(checkWithdrawal(base("09", { amount: "20000.00", claim: { outOfPocket: "20000.00", ...ILLNESS } })).ok).toBe(true);
    expect(checkWithdrawal(base("09", { amount: "50000.00", claim: { outOfPocket: "80000.00", ...ILLNESS } })).limit).toBe("50000.00");
    expect(codes(base("09", { amount: "50000.01", claim: { outOfPocket: "80000.00", ...ILLNESS } }))).toEqual(["EXCEEDS_BALANCE"]);
  });
});

describe("03/04/05/08 close the account: the whole balance", () => {
  it.each(["03", "04", "05", "08"] as const)("%s needs exactly the balance", (code) => {
    expect(codes(base(code, { amount: "50000.00" }))).toEqual([]);
    expect(codes(base(code, { amount: "49999.99" }))).toEqual(["MUST_BE_FULL_BALANCE"]);
  });
  it("refuses a closed account", () => {
    expect(codes(base("03", { amount: "0.00", balance: "0.00", accountStatus: "CLOSED" }))).toEqual([
      "ACCOUNT_NOT_OPEN",
      "AMOUNT_NOT_POSITIVE",
    ]);
  });
});

describe("amounts", () => {
  it("refuses more than two decimals, zero and text", () => {
    expect(codes(base("99", { amount: "10.001" }))).toEqual(["AMOUNT_FORMAT"]);
    expect(codes(base("99", { amount: "0" }))).toEqual(["AMOUNT_NOT_POSITIVE"]);
    expect(codes(base("99", { amount: "abc" }))).toEqual(["AMOUNT_FORMAT"]);
  });
});
