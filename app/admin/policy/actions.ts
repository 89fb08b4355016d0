"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { ZSlaForm } from "@/lib/cases/form-schemas";
import { actorOf } from "@/lib/auth/actor";
import { toFormState } from "@/lib/forms/form-state";
import { getCurrentLoanPolicy } from "@/lib/loans/queries";
import { publishLoanPolicy } from "@/lib/loans/policy-store";
import { setSlaMinutes } from "@/lib/settings/sla";
import { POLICY_INT_FIELDS, POLICY_TEXT_FIELDS } from "@/lib/loans/policy-form";

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

/** Publishes a new policy version; the retirement-age table is carried over unchanged. */
export async function publishPolicyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const user = await requireRole("ADMIN");
  const current = await getCurrentLoanPolicy();
  const rules: Record<string, unknown> = structuredClone(current.rules) as unknown as Record<string, unknown>;
  for (const f of POLICY_TEXT_FIELDS) setPath(rules, f, String(formData.get(f) ?? "").trim());
  for (const f of POLICY_INT_FIELDS) {
    const raw = String(formData.get(f) ?? "").trim();
    setPath(rules, f, /^\d+$/.test(raw) ? Number(raw) : raw);
  }
  try {
    await publishLoanPolicy({ actor: actorOf(user), rules, note: String(formData.get("note") ?? "") });
  } catch (error) {
    return toFormState(error, values, "cases");
  }
  revalidatePath("/admin/policy");
  return { formError: undefined, values: {} };
}

export async function setSlaAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("ADMIN");
  const values = formValues(formData);
  const parsed = ZSlaForm.safeParse({ review: formData.get("review"), recheck: formData.get("recheck") });
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await setSlaMinutes({ actor: actorOf(user), ...parsed.data });
  } catch (error) {
    return toFormState(error, values, "cases");
  }
  revalidatePath("/admin/policy");
  return {};
}
