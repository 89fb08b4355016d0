"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { actorOf } from "@/lib/auth/actor";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { isDomainError } from "@/lib/errors";
import { ZDecideBackPaymentForm } from "@/lib/remittances/schemas";
import { decideBackPayment } from "@/lib/remittances/decide-back-payment";
import { toFormState } from "@/lib/forms/form-state";

export type DecideBackPaymentState = FormState & { done?: string };

/** A REVIEWER approves or rejects a back payment (补缴). */
export async function decideBackPaymentAction(_prev: DecideBackPaymentState, formData: FormData): Promise<DecideBackPaymentState> {
  const user = await requireRole("REVIEWER");
  const values = formValues(formData);
  const parsed = ZDecideBackPaymentForm.safeParse({
    remittanceId: formData.get("remittanceId"),
    decision: formData.get("decision"),
    note: formData.get("note") ?? undefined,
  });
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    const { status } = await decideBackPayment({ actor: actorOf(user), ...parsed.data });
    revalidatePath("/review/remittances");
    return { done: status === "REJECTED" ? "已退回该补缴" : "已批准该补缴，银行到账后入账" };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return toFormState(error, values, "remittances");
  }
}
