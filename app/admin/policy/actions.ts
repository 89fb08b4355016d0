"use server";

import type { FormState } from "@/lib/action-state";
import { ZSlaForm } from "@/lib/cases/form-schemas";
import { publishLoanPolicyForm } from "@/lib/loans/policy-store";
import { formAction } from "@/lib/forms/action";
import { setSlaMinutes } from "@/lib/settings/sla";
import { POLICY_INT_FIELDS, POLICY_TEXT_FIELDS, ZPolicyForm } from "@/lib/loans/policy-form";

const publishPolicy = formAction({
  roles: ["ADMIN"],
  schema: ZPolicyForm,
  input: (formData) => Object.fromEntries([...POLICY_TEXT_FIELDS, ...POLICY_INT_FIELDS, "note"].map((f) => [f, formData.get(f)])),
  domain: "cases",
  run: (actor, form) => publishLoanPolicyForm({ actor, form }),
  revalidate: ["/admin/policy"],
  onSuccess: () => ({ formError: undefined, values: {} }),
});

/** Publishes a new policy version; the retirement-age table is carried over unchanged. */
export async function publishPolicyAction(prev: FormState, formData: FormData): Promise<FormState> {
  return publishPolicy(prev, formData);
}

const setSla = formAction({
  roles: ["ADMIN"],
  schema: ZSlaForm,
  input: (formData) => ({ review: formData.get("review"), recheck: formData.get("recheck") }),
  domain: "cases",
  run: (actor, input) => setSlaMinutes({ actor, ...input }),
  revalidate: ["/admin/policy"],
});

export async function setSlaAction(prev: FormState, formData: FormData): Promise<FormState> {
  return setSla(prev, formData);
}
