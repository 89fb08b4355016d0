"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { actorOf } from "@/lib/auth/actor";
import { toFormState } from "@/lib/forms/form-state";
import { ORDER_POSITIONS, ZDeductionOrderForm, ZPenaltyRuleForm, saveServicingSetting } from "@/lib/servicing/servicing-settings";

export type SettingsFormState = FormState & { done?: string };

function failed(error: unknown, values: Record<string, string>): SettingsFormState {
  return toFormState(error, values, "settings");
}

/** ADMIN sets the penalty rule (罚息规则) the daily batch posts with from the next run on. */
export async function savePenaltyRuleAction(_prev: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  const user = await requireRole("ADMIN");
  const values = formValues(formData);
  const parsed = ZPenaltyRuleForm.safeParse({
    kind: formData.get("kind") ?? undefined,
    markupPercent: formData.get("markupPercent") ?? "",
    annualRatePercent: formData.get("annualRatePercent") ?? "",
    includeOverdueInterest: formData.get("includeOverdueInterest") ?? undefined,
  });
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    const { changed } = await saveServicingSetting({ actor: actorOf(user), name: "penaltyRule", value: parsed.data });
    revalidatePath("/admin/servicing");
    return { done: changed ? "罚息规则已保存，自下一次日终批处理起生效" : "罚息规则未变化", values };
  } catch (error) {
    return failed(error, values);
  }
}

/** ADMIN sets the deduction order (还款冲抵顺序) shown to borrowers and used by every allocation. */
export async function saveDeductionOrderAction(_prev: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  const user = await requireRole("ADMIN");
  const values = formValues(formData);
  const parsed = ZDeductionOrderForm.safeParse(Object.fromEntries(ORDER_POSITIONS.map((p) => [p, formData.get(p) ?? undefined])));
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    const { changed } = await saveServicingSetting({ actor: actorOf(user), name: "deductionOrder", value: parsed.data });
    revalidatePath("/admin/servicing");
    return { done: changed ? "冲抵顺序已保存，此后的每笔还款按新顺序入账" : "冲抵顺序未变化", values };
  } catch (error) {
    return failed(error, values);
  }
}
