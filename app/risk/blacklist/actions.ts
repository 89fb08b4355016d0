"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { actorOf } from "@/lib/auth/actor";
import { ZAddToBlacklist, ZBlacklistYears, ZLiftBan } from "@/lib/fraud/schemas";
import { addToBlacklist } from "@/lib/fraud/add-to-blacklist";
import { liftBan } from "@/lib/fraud/lift-ban";
import { setBlacklistYears } from "@/lib/fraud/set-blacklist-years";
import { toFormState } from "@/lib/forms/form-state";

/** A risk officer (or admin) puts a person on the blacklist. A resend finds the ban in force. */
export async function addToBlacklistAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("RISK_OFFICER", "ADMIN");
  const values = formValues(formData);
  const parsed = ZAddToBlacklist.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await addToBlacklist({ actor: actorOf(user), ...parsed.data });
  } catch (error) {
    return toFormState(error, values, "fraud");
  }
  revalidatePath("/risk/blacklist");
  return {};
}

/** Lifting a ban: ADMIN only (checked here and in the use case), with a reason. */
export async function liftBanAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("ADMIN");
  const values = formValues(formData);
  const parsed = ZLiftBan.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await liftBan({ actor: actorOf(user), entryId: parsed.data.entryId, reason: parsed.data.liftReason });
  } catch (error) {
    return toFormState(error, values, "fraud");
  }
  revalidatePath("/risk/blacklist");
  return {};
}

/** The ban length for new entries: ADMIN only. */
export async function setBlacklistYearsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("ADMIN");
  const values = formValues(formData);
  const parsed = ZBlacklistYears.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await setBlacklistYears({ actor: actorOf(user), years: parsed.data.years });
  } catch (error) {
    return toFormState(error, values, "fraud");
  }
  revalidatePath("/risk/blacklist");
  return { values: { years: String(parsed.data.years) } };
}
