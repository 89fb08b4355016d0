"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { ZApprove, ZMatterAction, ZReject, ZReturn } from "@/lib/cases/form-schemas";
import { actorOf } from "@/lib/auth/actor";
import { toFormState } from "@/lib/forms/form-state";
import { approveLoan, rejectLoan, returnLoan } from "@/lib/cases/review-loan";
import { recheckAndDisburse } from "@/lib/cases/recheck-and-disburse";

function matterFields(formData: FormData) {
  return {
    caseId: formData.get("caseId"),
    matterId: formData.get("matterId"),
    expectedVersion: formData.get("expectedVersion") ?? undefined,
  };
}

function done(caseId: string): FormState {
  revalidatePath(`/review/cases/${caseId}`);
  revalidatePath("/review");
  return {};
}

export async function approveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("REVIEWER");
  const values = formValues(formData);
  const parsed = ZApprove.safeParse({ ...matterFields(formData), note: formData.get("note") ?? undefined });
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await approveLoan({ actor: actorOf(user), ...parsed.data });
  } catch (error) {
    return toFormState(error, values, "cases");
  }
  return done(parsed.data.caseId);
}

export async function rejectAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("REVIEWER");
  const values = formValues(formData);
  const parsed = ZReject.safeParse({ ...matterFields(formData), reason: formData.get("reason") });
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await rejectLoan({ actor: actorOf(user), ...parsed.data });
  } catch (error) {
    return toFormState(error, values, "cases");
  }
  return done(parsed.data.caseId);
}

/** 退回补件: every missing material in one notice (checkboxes plus one per line). */
export async function returnAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("REVIEWER");
  const values = formValues(formData);
  const parsed = ZReturn.safeParse({
    ...matterFields(formData),
    materials: formData.getAll("materials").map(String),
    otherMaterials: formData.get("otherMaterials") ?? "",
    note: formData.get("note") ?? undefined,
  });
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await returnLoan({ actor: actorOf(user), ...parsed.data });
  } catch (error) {
    return toFormState(error, values, "cases");
  }
  return done(parsed.data.caseId);
}

/** 复核并放款: one click; the disbursement happens exactly once whatever the clicks. */
export async function recheckAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("REVIEWER");
  const parsed = ZMatterAction.safeParse(matterFields(formData));
  if (!parsed.success) return fromZodError(parsed.error, {});
  try {
    await recheckAndDisburse({ actor: actorOf(user), matterId: parsed.data.matterId, expectedVersion: parsed.data.expectedVersion });
  } catch (error) {
    return toFormState(error, {}, "cases");
  }
  return done(parsed.data.caseId);
}
