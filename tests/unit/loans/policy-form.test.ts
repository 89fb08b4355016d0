import { describe, expect, it } from "vitest";
import { DEFAULT_LOAN_POLICY } from "@/lib/loans/policy";
import { mergePolicyForm, POLICY_INT_FIELDS, POLICY_TEXT_FIELDS, ZPolicyForm } from "@/lib/loans/policy-form";

function submitted(overrides: Record<string, string | null>) {
  const fields = Object.fromEntries([...POLICY_TEXT_FIELDS, ...POLICY_INT_FIELDS, "note"].map((f) => [f, null as string | null]));
  return ZPolicyForm.parse({ ...fields, ...overrides });
}

describe("the policy form: fields merged into the current rules at their paths", () => {
  it("trims every field, a missing field is empty text", () => {
    const form = submitted({ cityCap: " 1200000.00 ", minTermMonths: "24", note: " 调整 " });
    expect(form.cityCap).toBe("1200000.00");
    expect(form["rates.firstHome.upTo5Years"]).toBe("");
    expect(form.note).toBe(" 调整 ");
  });

  it("sets nested paths, whole numbers for the integer fields, and carries the retirement table over", () => {
    const form = submitted({
      ...Object.fromEntries(POLICY_TEXT_FIELDS.map((f) => [f, "1.5"])),
      cityCap: "1200000.00",
      "rates.secondHome.over5Years": "3.1",
      minTermMonths: "24",
      maxTermMonths: "360",
      yearsBeyondRetirement: "5",
      minContinuousContributionMonths: "6",
    });
    const merged = mergePolicyForm(DEFAULT_LOAN_POLICY, form) as typeof DEFAULT_LOAN_POLICY;
    expect(merged.cityCap).toBe("1200000.00");
    expect(merged.rates.secondHome.over5Years).toBe("3.1");
    expect(merged.rates.firstHome.upTo5Years).toBe("1.5");
    expect(merged.minTermMonths).toBe(24);
    expect(merged.retirement).toEqual(DEFAULT_LOAN_POLICY.retirement);
    expect(DEFAULT_LOAN_POLICY.cityCap).toBe("1000000.00"); // the current rules are not changed in place
  });

  it("keeps a non-integer as text so the policy schema refuses it at its field", () => {
    const merged = mergePolicyForm(DEFAULT_LOAN_POLICY, submitted({ minTermMonths: "12.5" })) as Record<string, unknown>;
    expect(merged.minTermMonths).toBe("12.5");
  });
});
