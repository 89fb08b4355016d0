"use server";

import { redirect } from "next/navigation";
import type { z } from "zod";
import type { FormState } from "@/lib/action-state";
import type { Actor } from "@/lib/auth/actor";
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

/** One form of the case page: the collections roles, the submitted fields, its use case, the case redrawn. */
function caseStep<S extends z.ZodType<{ caseId: string }>, R>(
  schema: S | (() => S),
  run: (actor: Actor, input: z.infer<S>) => Promise<R>,
  onSuccess?: (result: R, input: z.infer<S>) => void,
): (prev: FormState, formData: FormData) => Promise<FormState> {
  return formAction({ roles: ROLES, schema, input: fields, domain: "collections", run, revalidate: refresh, onSuccess });
}

const logContact = caseStep(
  () => logContactSchema(),
  (actor, input) => logCollectionContact({ actor, input }),
);

/** Logs a contact (and any promise to pay) on an open case. */
export async function logContactAction(prev: FormState, formData: FormData): Promise<FormState> {
  return logContact(prev, formData);
}

const addGuarantor = caseStep(ZAddGuarantor, (actor, input) => addCollectionGuarantor({ actor, input }));

/** Adds a guarantor's contacts to an open case. */
export async function addGuarantorAction(prev: FormState, formData: FormData): Promise<FormState> {
  return addGuarantor(prev, formData);
}

const reassign = caseStep(ZReassignCollector, (actor, input) => reassignCollector({ actor, input }));

/** A risk officer takes the case over, or an admin assigns it. */
export async function reassignCollectorAction(prev: FormState, formData: FormData): Promise<FormState> {
  return reassign(prev, formData);
}

const issueNotice = caseStep(
  ZIssueNotice,
  (actor, input) => issueOverdueNotice({ actor, caseId: input.caseId }),
  ({ noticeNo }, input) => redirect(`/risk/collections/${input.caseId}?notice=${noticeNo}#notices`),
);

/** Issues today's 逾期贷款通知单 (or finds the one already issued today) and shows it on the page. */
export async function issueNoticeAction(prev: FormState, formData: FormData): Promise<FormState> {
  return issueNotice(prev, formData);
}
