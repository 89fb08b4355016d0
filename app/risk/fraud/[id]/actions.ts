"use server";

import type { FormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { ZResolveFlag } from "@/lib/fraud/schemas";
import { resolveFlag } from "@/lib/fraud/resolve-flag";

const resolve = formAction({
  roles: ["RISK_OFFICER", "ADMIN"],
  schema: ZResolveFlag,
  input: (formData) => Object.fromEntries(formData),
  domain: "fraud",
  run: (actor, v) =>
    resolveFlag({
      actor,
      flagId: v.flagId,
      decision: v.decision,
      note: v.note,
      blacklist: v.blacklist === "on" ? { reason: v.banReason, evidence: v.banEvidence, years: v.banYears } : null,
    }),
  revalidate: (v) => ["/risk/fraud", `/risk/fraud/${v.flagId}`, "/risk/blacklist"],
  // The page re-renders with the flag's resolution (and the withdrawal's new status) in place of the form.
});

/** A risk officer clears a flag or confirms fraud (optionally blacklisting the person). */
export async function resolveFlagAction(prev: FormState, formData: FormData): Promise<FormState> {
  return resolve(prev, formData);
}
