"use server";

import type { FormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { ORDER_POSITIONS, ZDeductionOrderForm, ZPenaltyRuleForm, saveServicingSetting } from "@/lib/servicing/servicing-settings";

export type SettingsFormState = FormState & { done?: string };

type Saved = Awaited<ReturnType<typeof saveServicingSetting>>;

const savePenaltyRule = formAction<typeof ZPenaltyRuleForm, Saved, SettingsFormState>({
  roles: ["ADMIN"],
  schema: ZPenaltyRuleForm,
  input: (formData) => ({
    kind: formData.get("kind") ?? undefined,
    markupPercent: formData.get("markupPercent") ?? "",
    annualRatePercent: formData.get("annualRatePercent") ?? "",
    includeOverdueInterest: formData.get("includeOverdueInterest") ?? undefined,
  }),
  domain: "settings",
  run: (actor, value) => saveServicingSetting({ actor, name: "penaltyRule", value }),
  revalidate: ["/admin/servicing"],
  onSuccess: ({ changed }, _input, values) => ({ done: changed ? "罚息规则已保存，自下一次日终批处理起生效" : "罚息规则未变化", values }),
});

/** ADMIN sets the penalty rule (罚息规则) the daily batch posts with from the next run on. */
export async function savePenaltyRuleAction(prev: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  return savePenaltyRule(prev, formData);
}

const saveDeductionOrder = formAction<typeof ZDeductionOrderForm, Saved, SettingsFormState>({
  roles: ["ADMIN"],
  schema: ZDeductionOrderForm,
  input: (formData) => Object.fromEntries(ORDER_POSITIONS.map((p) => [p, formData.get(p) ?? undefined])),
  domain: "settings",
  run: (actor, value) => saveServicingSetting({ actor, name: "deductionOrder", value }),
  revalidate: ["/admin/servicing"],
  onSuccess: ({ changed }, _input, values) => ({ done: changed ? "冲抵顺序已保存，此后的每笔还款按新顺序入账" : "冲抵顺序未变化", values }),
});

/** ADMIN sets the deduction order (还款冲抵顺序) shown to borrowers and used by every allocation. */
export async function saveDeductionOrderAction(prev: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  return saveDeductionOrder(prev, formData);
}
