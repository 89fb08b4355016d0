import { describe, expect, it } from "vitest";
import { DEFAULT_DEDUCTION_ORDER } from "@/lib/servicing/deduction-order";
import { DEFAULT_ESCALATION_POLICY } from "@/lib/servicing/escalation";
import { DEFAULT_PENALTY_RULE } from "@/lib/servicing/penalty-interest";
import {
  ZDeductionOrder,
  ZDeductionOrderForm,
  ZEscalationPolicy,
  ZPenaltyRule,
  ZPenaltyRuleForm,
} from "@/lib/servicing/servicing-settings";

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => [i.path.join("."), i.message]);

describe("servicing settings schemas", () => {
  it("accept the defaults", () => {
    expect(ZPenaltyRule.parse(DEFAULT_PENALTY_RULE)).toEqual(DEFAULT_PENALTY_RULE);
    expect(ZDeductionOrder.parse([...DEFAULT_DEDUCTION_ORDER])).toEqual(DEFAULT_DEDUCTION_ORDER);
    expect(ZEscalationPolicy.parse(DEFAULT_ESCALATION_POLICY)).toEqual(DEFAULT_ESCALATION_POLICY);
  });

  it("refuse a repeated bucket, a rate outside its range, a tier that can never match", () => {
    expect(
      ZDeductionOrder.safeParse(["OVERDUE_INTEREST", "OVERDUE_INTEREST", "OVERDUE_PRINCIPAL", "CURRENT_INTEREST", "CURRENT_PRINCIPAL"])
        .success,
    ).toBe(false);
    expect(ZPenaltyRule.safeParse({ rate: { kind: "MARKUP", markupPercent: "200.01" }, includeOverdueInterest: false }).success).toBe(
      false,
    );
    expect(ZPenaltyRule.safeParse({ rate: { kind: "MARKUP", markupPercent: "200" }, includeOverdueInterest: false }).success).toBe(true);
    expect(ZPenaltyRule.safeParse({ rate: { kind: "FIXED", annualRatePercent: "36.0001" }, includeOverdueInterest: false }).success).toBe(
      false,
    );
    expect(ZPenaltyRule.safeParse({ rate: { kind: "FIXED", annualRatePercent: "0.0001" }, includeOverdueInterest: false }).success).toBe(
      true,
    );
    expect(
      ZEscalationPolicy.safeParse({ tiers: [{ code: "A", label: "甲", minOverduePeriods: 0, actions: ["PHONE_REMINDER"] }] }).success,
    ).toBe(false);
  });
});

describe("the admin forms", () => {
  it("penalty rule: markup or fixed rate, the checkbox for overdue interest, Chinese errors at the field", () => {
    expect(ZPenaltyRuleForm.parse({ kind: "MARKUP", markupPercent: "30", annualRatePercent: "", includeOverdueInterest: "on" })).toEqual({
      rate: { kind: "MARKUP", markupPercent: "30" },
      includeOverdueInterest: true,
    });
    expect(ZPenaltyRuleForm.parse({ kind: "FIXED", markupPercent: "", annualRatePercent: "5.475" })).toEqual({
      rate: { kind: "FIXED", annualRatePercent: "5.475" },
      includeOverdueInterest: false,
    });
    expect(issues(ZPenaltyRuleForm.safeParse({ kind: "MARKUP", markupPercent: "五十" }))).toEqual([
      ["markupPercent", "上浮比例应为0至200之间的数，最多两位小数"],
    ]);
    expect(issues(ZPenaltyRuleForm.safeParse({ kind: "FIXED", annualRatePercent: "0" }))).toEqual([
      ["annualRatePercent", "罚息年利率应大于0且不超过36，最多四位小数"],
    ]);
    expect(issues(ZPenaltyRuleForm.safeParse({}))).toEqual([["kind", "请选择罚息利率的确定方式"]]);
  });

  it("deduction order: five positions in order, each bucket once", () => {
    const reversed = [...DEFAULT_DEDUCTION_ORDER].reverse();
    const form = Object.fromEntries(reversed.map((b, i) => [`position${i + 1}`, b]));
    expect(ZDeductionOrderForm.parse(form)).toEqual(reversed);
    expect(issues(ZDeductionOrderForm.safeParse({ ...form, position5: reversed[0] }))).toEqual([
      ["position1", "每个冲抵项目只能出现一次"],
      ["position5", "每个冲抵项目只能出现一次"],
    ]);
    expect(issues(ZDeductionOrderForm.safeParse({ ...form, position3: "" }))).toEqual([["position3", "请选择冲抵项目"]]);
  });
});
