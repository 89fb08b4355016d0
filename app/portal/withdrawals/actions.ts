"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { ZApplyWithdrawal } from "@/lib/withdrawals/schemas";
import { submitWithdrawal } from "@/lib/withdrawals/submit-withdrawal";
import { REASON_RULES } from "@/lib/withdrawals/reasons";
import { claimFromForm, documentsFromForm, withdrawalErrorState } from "@/lib/withdrawals/form-helpers";

/** A citizen applies online for a withdrawal from their own account, with uploads. */
export async function applyForWithdrawal(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("CITIZEN");
  const values = formValues(formData);
  if (!user.depositorId) return { formError: "未找到您的公积金账户", values };
  const parsed = ZApplyWithdrawal.safeParse(Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")));
  if (!parsed.success) return fromZodError(parsed.error, values);
  const { reasonCode, amount, bankName, bankAccount, idempotencyKey, ...claim } = parsed.data;
  let done: { withdrawalNo: string; status: string };
  try {
    const documents = await documentsFromForm(formData, REASON_RULES[reasonCode]);
    const result = await submitWithdrawal({
      depositorId: user.depositorId,
      actorId: user.id,
      channel: "ONLINE",
      reasonCode,
      amount,
      claim: claimFromForm(REASON_RULES[reasonCode], claim),
      bankName,
      bankAccount,
      idempotencyKey: `${user.id}:${idempotencyKey}`,
      documents,
    });
    done = result;
  } catch (error) {
    return withdrawalErrorState(error, values);
  }
  revalidatePath("/portal/withdrawals");
  redirect(`/portal/withdrawals?submitted=${encodeURIComponent(done.withdrawalNo)}${done.status === "HELD" ? "&held=1" : ""}`);
}
