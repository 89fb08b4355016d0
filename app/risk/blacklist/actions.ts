"use server";

import type { FormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { ZAddToBlacklist, ZBlacklistYears, ZLiftBan } from "@/lib/fraud/schemas";
import { addToBlacklist } from "@/lib/fraud/add-to-blacklist";
import { liftBan } from "@/lib/fraud/lift-ban";
import { setBlacklistYears } from "@/lib/fraud/set-blacklist-years";

const fields = (formData: FormData) => Object.fromEntries(formData);

const add = formAction({
  roles: ["RISK_OFFICER", "ADMIN"],
  schema: ZAddToBlacklist,
  input: fields,
  domain: "fraud",
  run: (actor, input) => addToBlacklist({ actor, ...input }),
  revalidate: ["/risk/blacklist"],
});

/** A risk officer (or admin) puts a person on the blacklist. A resend finds the ban in force. */
export async function addToBlacklistAction(prev: FormState, formData: FormData): Promise<FormState> {
  return add(prev, formData);
}

const lift = formAction({
  roles: ["ADMIN"],
  schema: ZLiftBan,
  input: fields,
  domain: "fraud",
  run: (actor, input) => liftBan({ actor, entryId: input.entryId, reason: input.liftReason }),
  revalidate: ["/risk/blacklist"],
});

/** Lifting a ban: ADMIN only (checked here and in the use case), with a reason. */
export async function liftBanAction(prev: FormState, formData: FormData): Promise<FormState> {
  return lift(prev, formData);
}

const setYears = formAction({
  roles: ["ADMIN"],
  schema: ZBlacklistYears,
  input: fields,
  domain: "fraud",
  run: (actor, input) => setBlacklistYears({ actor, years: input.years }),
  revalidate: ["/risk/blacklist"],
  onSuccess: (_result, input) => ({ values: { years: String(input.years) } }),
});

/** The ban length for new entries: ADMIN only. */
export async function setBlacklistYearsAction(prev: FormState, formData: FormData): Promise<FormState> {
  return setYears(prev, formData);
}
