"use server";

import type { FormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { ZDecideBackPaymentForm } from "@/lib/remittances/schemas";
import { decideBackPayment } from "@/lib/remittances/decide-back-payment";

export type DecideBackPaymentState = FormState & { done?: string };

const decide = formAction<typeof ZDecideBackPaymentForm, Awaited<ReturnType<typeof decideBackPayment>>, DecideBackPaymentState>({
  roles: ["REVIEWER"],
  schema: ZDecideBackPaymentForm,
  input: (formData) => ({
    remittanceId: formData.get("remittanceId"),
    decision: formData.get("decision"),
    note: formData.get("note") ?? undefined,
  }),
  domain: "remittances",
  run: (actor, input) => decideBackPayment({ actor, ...input }),
  revalidate: ["/review/remittances"],
  onSuccess: ({ status }) => ({ done: status === "REJECTED" ? "已退回该补缴" : "已批准该补缴，银行到账后入账" }),
});

/** A REVIEWER approves or rejects a back payment (补缴). */
export async function decideBackPaymentAction(prev: DecideBackPaymentState, formData: FormData): Promise<DecideBackPaymentState> {
  return decide(prev, formData);
}
