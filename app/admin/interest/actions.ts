"use server";

import type { FormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { ZSettleInterest } from "@/lib/interest/schemas";
import { settleInterest } from "@/lib/interest/settle-interest";

export type SettleInterestState = FormState & { done?: string };

const settle = formAction<typeof ZSettleInterest, Awaited<ReturnType<typeof settleInterest>>, SettleInterestState>({
  roles: ["ADMIN"],
  schema: ZSettleInterest,
  input: (formData) => ({ yearEnd: formData.get("yearEnd") }),
  domain: "interest",
  run: (actor, input) => settleInterest({ yearEnd: input.yearEnd, actor }),
  revalidate: ["/admin/interest"],
  onSuccess: (result) => ({
    done: `已为 ${result.accountCount} 个账户结息，合计 ${result.totalInterest} 元（年利率 ${result.ratePercent}%）`,
  }),
});

/** ADMIN posts the annual interest settlement (结息) of one contribution year. */
export async function settleInterestAction(prev: SettleInterestState, formData: FormData): Promise<SettleInterestState> {
  return settle(prev, formData);
}
