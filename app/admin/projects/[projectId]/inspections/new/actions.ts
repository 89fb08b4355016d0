"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { formValues, type FormState } from "@/lib/action-state";
import { isDomainError } from "@/lib/errors";
import { inspectionInputFromForm, photosFromForm } from "@/lib/projects/form-input";
import { toFormState } from "@/lib/forms/form-state";
import { zodErrorState } from "@/lib/projects/form-state";
import { preparePhotos } from "@/lib/projects/inspection-photos";
import { projectErrorMessage } from "@/lib/projects/messages";
import { recordInspection } from "@/lib/projects/record-inspection";
import { inspectionSchema } from "@/lib/projects/schemas";

/** The photos' problem as a field error, or nothing; so one round trip shows every mistake. */
function photoErrors(photos: { filename: string; bytes: Uint8Array }[]): string[] {
  try {
    preparePhotos(photos);
    return [];
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return [projectErrorMessage(error)];
  }
}

/** 录入现场查勘; on success back to the project's page. Nothing is written on any error. */
export async function recordInspectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("PROJECT_OFFICER", "ADMIN");
  const values = formValues(formData);
  const input = inspectionInputFromForm(formData);
  const photos = await photosFromForm(formData);
  const parsed = inspectionSchema().safeParse(input);
  if (!parsed.success) {
    const state = zodErrorState(parsed.error, values);
    const photoProblems = photoErrors(photos);
    return photoProblems.length ? { ...state, fieldErrors: { ...state.fieldErrors, photos: photoProblems } } : state;
  }
  const captions = formData.getAll("captions").map((c) => (typeof c === "string" ? c : undefined));
  try {
    await recordInspection({ actor: { userId: user.id, roles: user.roles }, input: parsed.data, photos, captions });
  } catch (error) {
    return toFormState(error, values, "projects");
  }
  revalidatePath(`/admin/projects/${input.projectId}`);
  redirect(`/admin/projects/${input.projectId}#inspections`);
}
