"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { ZDecideWithdrawal, ZRecordPayout } from "@/lib/withdrawals/schemas";
import { decideWithdrawal } from "@/lib/withdrawals/decide-withdrawal";
import { recordPayout } from "@/lib/withdrawals/record-payout";
import { withdrawalErrorState } from "@/lib/withdrawals/form-helpers";

/** A teller approves or rejects a submitted withdrawal. */
export async function decideWithdrawalAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("TELLER");
  const values = formValues(formData);
  const parsed = ZDecideWithdrawal.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await decideWithdrawal({ ...parsed.data, actorId: user.id, windowId: user.windowId });
  } catch (error) {
    return withdrawalErrorState(error, values);
  }
  revalidatePath("/window/withdrawals");
  revalidatePath(`/window/withdrawals/${parsed.data.withdrawalId}`);
  return {};
}

/** A teller records the bank transfer of an approved withdrawal; the balance is debited here. */
export async function recordPayoutAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("TELLER");
  const values = formValues(formData);
  const parsed = ZRecordPayout.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await recordPayout({ ...parsed.data, actorId: user.id, windowId: user.windowId });
  } catch (error) {
    return withdrawalErrorState(error, values);
  }
  revalidatePath("/window/withdrawals");
  revalidatePath(`/window/withdrawals/${parsed.data.withdrawalId}`);
  return {};
}
