"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { actorOf } from "@/lib/auth/actor";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { ZDecideWithdrawal, ZRecordPayout } from "@/lib/withdrawals/schemas";
import { decideWithdrawal } from "@/lib/withdrawals/decide-withdrawal";
import { recordPayout } from "@/lib/withdrawals/record-payout";
import { toFormState } from "@/lib/forms/form-state";

/** A teller with a withdrawal limit approves or rejects a submitted withdrawal (never one they took). */
export async function decideWithdrawalAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("TELLER");
  const values = formValues(formData);
  const parsed = ZDecideWithdrawal.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await decideWithdrawal({ ...parsed.data, actor: actorOf(user) });
  } catch (error) {
    return toFormState(error, values, "withdrawals");
  }
  revalidatePath("/window/withdrawals");
  revalidatePath(`/window/withdrawals/${parsed.data.withdrawalId}`);
  return {};
}

/** A third teller pays an approved withdrawal through the bank port; the balance is debited here. */
export async function recordPayoutAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("TELLER");
  const values = formValues(formData);
  const parsed = ZRecordPayout.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await recordPayout({ ...parsed.data, actor: actorOf(user) });
  } catch (error) {
    return toFormState(error, values, "withdrawals");
  }
  revalidatePath("/window/withdrawals");
  revalidatePath(`/window/withdrawals/${parsed.data.withdrawalId}`);
  return {};
}
