"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { actorOf } from "@/lib/auth/actor";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { isDomainError, messageIn } from "@/lib/errors";
import { INTEREST_ERROR_MESSAGES, ZSettleInterest } from "@/lib/interest/schemas";
import { settleInterest } from "@/lib/interest/settle-interest";

export type SettleInterestState = FormState & { done?: string };

/** ADMIN posts the annual interest settlement (结息) of one contribution year. */
export async function settleInterestAction(_prev: SettleInterestState, formData: FormData): Promise<SettleInterestState> {
  const user = await requireRole("ADMIN");
  const values = formValues(formData);
  const parsed = ZSettleInterest.safeParse({ yearEnd: formData.get("yearEnd") });
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    const result = await settleInterest({ yearEnd: parsed.data.yearEnd, actor: actorOf(user) });
    revalidatePath("/admin/interest");
    return { done: `已为 ${result.accountCount} 个账户结息，合计 ${result.totalInterest} 元（年利率 ${result.ratePercent}%）` };
  } catch (error) {
    if (isDomainError(error) && messageIn(INTEREST_ERROR_MESSAGES, error.code)) {
      return { fieldErrors: { yearEnd: [messageIn(INTEREST_ERROR_MESSAGES, error.code)!] }, values };
    }
    throw error;
  }
}
