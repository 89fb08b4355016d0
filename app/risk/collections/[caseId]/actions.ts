"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { actorOf } from "@/lib/auth/actor";
import { addCollectionGuarantor } from "@/lib/collections/add-guarantor";
import { issueOverdueNotice } from "@/lib/collections/issue-overdue-notice";
import { logCollectionContact } from "@/lib/collections/log-contact";
import { toFormState } from "@/lib/forms/form-state";
import { reassignCollector } from "@/lib/collections/reassign-collector";
import { ZAddGuarantor, ZIssueNotice, ZReassignCollector, logContactSchema } from "@/lib/collections/schemas";

// Thin actions: parse (zod), check the caller's role on the server, call one use case.

function refresh(caseId: string) {
  revalidatePath(`/risk/collections/${caseId}`);
  revalidatePath("/risk/collections");
}

/** Logs a contact (and any promise to pay) on an open case. */
export async function logContactAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("RISK_OFFICER", "ADMIN");
  const values = formValues(formData);
  const parsed = logContactSchema().safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await logCollectionContact({ actor: actorOf(user), input: parsed.data });
  } catch (error) {
    return toFormState(error, values, "collections");
  }
  refresh(parsed.data.caseId);
  return {};
}

/** Adds a guarantor's contacts to an open case. */
export async function addGuarantorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("RISK_OFFICER", "ADMIN");
  const values = formValues(formData);
  const parsed = ZAddGuarantor.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await addCollectionGuarantor({ actor: actorOf(user), input: parsed.data });
  } catch (error) {
    return toFormState(error, values, "collections");
  }
  refresh(parsed.data.caseId);
  return {};
}

/** A risk officer takes the case over, or an admin assigns it. */
export async function reassignCollectorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("RISK_OFFICER", "ADMIN");
  const values = formValues(formData);
  const parsed = ZReassignCollector.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await reassignCollector({ actor: actorOf(user), input: parsed.data });
  } catch (error) {
    return toFormState(error, values, "collections");
  }
  refresh(parsed.data.caseId);
  return {};
}

/** Issues today's 逾期贷款通知单 (or finds the one already issued today) and shows it on the page. */
export async function issueNoticeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("RISK_OFFICER", "ADMIN");
  const values = formValues(formData);
  const parsed = ZIssueNotice.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  let noticeNo: string;
  try {
    ({ noticeNo } = await issueOverdueNotice({ actor: actorOf(user), caseId: parsed.data.caseId }));
  } catch (error) {
    return toFormState(error, values, "collections");
  }
  refresh(parsed.data.caseId);
  redirect(`/risk/collections/${parsed.data.caseId}?notice=${noticeNo}#notices`);
}
