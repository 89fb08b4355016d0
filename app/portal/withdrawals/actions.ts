"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { actorOf } from "@/lib/auth/actor";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { ZApplyWithdrawal } from "@/lib/withdrawals/schemas";
import { submitWithdrawal } from "@/lib/withdrawals/submit-withdrawal";
import { REASON_RULES } from "@/lib/withdrawals/reasons";
import { issuePresenceCode } from "@/lib/withdrawals/presence-code";
import { WITHDRAWAL_MESSAGES } from "@/lib/withdrawals/messages";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { isDomainError, messageIn } from "@/lib/errors";
import { toFormState } from "@/lib/forms/form-state";
import { claimFromForm, documentsFromForm } from "@/lib/withdrawals/form-helpers";

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
      actor: actorOf(user),
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
    return toFormState(error, values, "withdrawals");
  }
  revalidatePath("/portal/withdrawals");
  redirect(`/portal/withdrawals?submitted=${encodeURIComponent(done.withdrawalNo)}${done.status === "HELD" ? "&held=1" : ""}`);
}

export type PresenceCodeState = { code?: string; expiresAt?: string; formError?: string };

/**
 * A citizen gets a one-time confirmation code to read out to the teller at the window (proof they
 * are there). A POST, never a GET; the code is shown once and only its hash is kept.
 */
export async function issuePresenceCodeAction(): Promise<PresenceCodeState> {
  const user = await requireRole("CITIZEN");
  try {
    const { code, expiresAt } = await issuePresenceCode({ actor: actorOf(user) });
    return { code, expiresAt: formatShanghaiDateTime(expiresAt) };
  } catch (error) {
    if (isDomainError(error)) return { formError: messageIn(WITHDRAWAL_MESSAGES, error.code) ?? "获取确认码失败，请稍后再试" };
    throw error;
  }
}
