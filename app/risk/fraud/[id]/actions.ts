"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { actorOf } from "@/lib/auth/actor";
import { ZResolveFlag } from "@/lib/fraud/schemas";
import { resolveFlag } from "@/lib/fraud/resolve-flag";
import { toFormState } from "@/lib/forms/form-state";

/** A risk officer clears a flag or confirms fraud (optionally blacklisting the person). */
export async function resolveFlagAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("RISK_OFFICER", "ADMIN");
  const values = formValues(formData);
  const parsed = ZResolveFlag.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  const v = parsed.data;
  try {
    await resolveFlag({
      actor: actorOf(user),
      flagId: v.flagId,
      decision: v.decision,
      note: v.note,
      blacklist: v.blacklist === "on" ? { reason: v.banReason, evidence: v.banEvidence, years: v.banYears } : null,
    });
  } catch (error) {
    return toFormState(error, values, "fraud");
  }
  revalidatePath("/risk/fraud");
  revalidatePath(`/risk/fraud/${v.flagId}`);
  revalidatePath("/risk/blacklist");
  // The page re-renders with the flag's resolution (and the withdrawal's new status) in place of the form.
  return {};
}
