"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { addCollectionGuarantor } from "@/lib/collections/add-guarantor";
import { issueOverdueNotice } from "@/lib/collections/issue-overdue-notice";
import { logCollectionContact } from "@/lib/collections/log-contact";
import { reassignCollector } from "@/lib/collections/reassign-collector";
import { ZAddGuarantor, ZIssueNotice, ZReassignCollector, logContactSchema } from "@/lib/collections/schemas";

// Thin actions (formAction): check the caller's role on the server, parse (zod), call one use case.

const fields = (formData: FormData) => Object.fromEntries(formData);
const refresh = (input: { caseId: string }) => [`/risk/collections/${input.caseId}`, "/risk/collections"];
const ROLES = ["RISK_OFFICER", "ADMIN"] as const;

const logContact = formAction({
  roles: ROLES,
  schema: () => logContactSchema(),
  input: fields,
  domain: "collections",
  run: (actor, input) => logCollectionContact({ actor, input }),
  revalidate: refresh,
});

/** Logs a contact (and any promise to pay) on an open case. */
export async function logContactAction(prev: FormState, formData: FormData): Promise<FormState> {
  return logContact(prev, formData);
}

const addGuarantor = formAction({
  roles: ROLES,
  schema: ZAddGuarantor,
  input: fields,
  domain: "collections",
  run: (actor, input) => addCollectionGuarantor({ actor, input }),
  revalidate: refresh,
});

/** Adds a guarantor's contacts to an open case. */
export async function addGuarantorAction(prev: FormState, formData: FormData): Promise<FormState> {
  return addGuarantor(prev, formData);
}

const reassign = formAction({
  roles: ROLES,
  schema: ZReassignCollector,
  input: fields,
  domain: "collections",
  run: (actor, input) => reassignCollector({ actor, input }),
  revalidate: refresh,
});

/** A risk officer takes the case over, or an admin assigns it. */
export async function reassignCollectorAction(prev: FormState, formData: FormData): Promise<FormState> {
  return reassign(prev, formData);
}

const issueNotice = formAction({
  roles: ROLES,
  schema: ZIssueNotice,
  input: fields,
  domain: "collections",
  run: (actor, input) => issueOverdueNotice({ actor, caseId: input.caseId }),
  revalidate: refresh,
  onSuccess: ({ noticeNo }, input) => redirect(`/risk/collections/${input.caseId}?notice=${noticeNo}#notices`),
});

/** Issues today's 逾期贷款通知单 (or finds the one already issued today) and shows it on the page. */
export async function issueNoticeAction(prev: FormState, formData: FormData): Promise<FormState> {
  return issueNotice(prev, formData);
}
