"use server";

import type { FormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { ZApprove, ZMatterAction, ZReject, ZReturn } from "@/lib/cases/form-schemas";
import { approveLoan, rejectLoan, returnLoan } from "@/lib/cases/review-loan";
import { recheckAndDisburse } from "@/lib/cases/recheck-and-disburse";

function matterFields(formData: FormData) {
  return {
    caseId: formData.get("caseId"),
    matterId: formData.get("matterId"),
    expectedVersion: formData.get("expectedVersion") ?? undefined,
  };
}

const refresh = (input: { caseId: string }) => [`/review/cases/${input.caseId}`, "/review"];

const approve = formAction({
  roles: ["REVIEWER"],
  schema: ZApprove,
  input: (formData) => ({ ...matterFields(formData), note: formData.get("note") ?? undefined }),
  domain: "cases",
  run: (actor, input) => approveLoan({ actor, ...input }),
  revalidate: refresh,
});

export async function approveAction(prev: FormState, formData: FormData): Promise<FormState> {
  return approve(prev, formData);
}

const reject = formAction({
  roles: ["REVIEWER"],
  schema: ZReject,
  input: (formData) => ({ ...matterFields(formData), reason: formData.get("reason") }),
  domain: "cases",
  run: (actor, input) => rejectLoan({ actor, ...input }),
  revalidate: refresh,
});

export async function rejectAction(prev: FormState, formData: FormData): Promise<FormState> {
  return reject(prev, formData);
}

const returnForMaterials = formAction({
  roles: ["REVIEWER"],
  schema: ZReturn,
  input: (formData) => ({
    ...matterFields(formData),
    materials: formData.getAll("materials").map(String),
    otherMaterials: formData.get("otherMaterials") ?? "",
    note: formData.get("note") ?? undefined,
  }),
  domain: "cases",
  run: (actor, input) => returnLoan({ actor, ...input }),
  revalidate: refresh,
});

/** 退回补件: every missing material in one notice (checkboxes plus one per line). */
export async function returnAction(prev: FormState, formData: FormData): Promise<FormState> {
  return returnForMaterials(prev, formData);
}

const recheck = formAction({
  roles: ["REVIEWER"],
  schema: ZMatterAction,
  input: matterFields,
  echo: false,
  domain: "cases",
  run: (actor, input) => recheckAndDisburse({ actor, matterId: input.matterId, expectedVersion: input.expectedVersion }),
  revalidate: refresh,
});

/** 复核并放款: one click; the disbursement happens exactly once whatever the clicks. */
export async function recheckAction(prev: FormState, formData: FormData): Promise<FormState> {
  return recheck(prev, formData);
}
