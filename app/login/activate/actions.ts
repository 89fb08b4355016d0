"use server";

import { headers } from "next/headers";
import { formValues, fromZodError } from "@/lib/action-state";
import { toFormState } from "@/lib/forms/form-state";
import { clientIp } from "@/lib/security/client-ip";
import { requestAccessCode } from "@/lib/citizen-access/request-access-code";
import { redeemAccessCode } from "@/lib/citizen-access/redeem-access-code";
import { CODE_SENT_ANSWER } from "@/lib/citizen-access/messages";
import { ZRedeemAccessCode, ZRequestAccessCode, type RedeemCodeState, type RequestCodeState } from "@/lib/citizen-access/schemas";

// Not formAction: these are for people who cannot sign in yet (no role to check). Each parses
// with zod, then runs one lib/citizen-access use case, which rate-limits and audits itself.

export async function requestCodeAction(_prev: RequestCodeState, formData: FormData): Promise<RequestCodeState> {
  const values = formValues(formData);
  const parsed = ZRequestAccessCode.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await requestAccessCode({ ...parsed.data, ip: clientIp(await headers()) });
  } catch (error) {
    return toFormState(error, values, "citizenAccess");
  }
  return { values, sent: { idNumber: parsed.data.idNumber, message: CODE_SENT_ANSWER } };
}

export async function redeemCodeAction(_prev: RedeemCodeState, formData: FormData): Promise<RedeemCodeState> {
  const values = formValues(formData, ["newPassword", "confirmPassword"]);
  const parsed = ZRedeemAccessCode.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    const { outcome } = await redeemAccessCode({ ...parsed.data, ip: clientIp(await headers()) });
    return { done: outcome };
  } catch (error) {
    return toFormState(error, values, "citizenAccess");
  }
}
