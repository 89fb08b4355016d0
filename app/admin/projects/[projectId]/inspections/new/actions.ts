"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/action-state";
import { isDomainError } from "@/lib/errors";
import { formAction } from "@/lib/forms/action";
import { inspectionInputFromForm, photosFromForm } from "@/lib/projects/form-input";
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

const record = formAction({
  roles: ["PROJECT_OFFICER", "ADMIN"],
  // A factory: the inspection date may not be after today, judged per request.
  schema: inspectionSchema,
  input: inspectionInputFromForm,
  // Bad fields and a bad photo are reported together.
  invalid: async (error, values, formData) => {
    const state = zodErrorState(error, values);
    const photoProblems = photoErrors(await photosFromForm(formData));
    return photoProblems.length ? { ...state, fieldErrors: { ...state.fieldErrors, photos: photoProblems } } : state;
  },
  domain: "projects",
  run: async (actor, input, { formData }) => {
    const captions = formData.getAll("captions").map((c) => (typeof c === "string" ? c : undefined));
    await recordInspection({ actor, input, photos: await photosFromForm(formData), captions });
  },
  revalidate: (input) => [`/admin/projects/${input.projectId}`],
  onSuccess: (_result, input): void => redirect(`/admin/projects/${input.projectId}#inspections`),
});

/** 录入现场查勘; on success back to the project's page. Nothing is written on any error. */
export async function recordInspectionAction(prev: FormState, formData: FormData): Promise<FormState> {
  return record(prev, formData);
}
