"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { formValues, type FormState } from "@/lib/action-state";
import { admitProject } from "@/lib/projects/admit-project";
import { applyForAdmission } from "@/lib/projects/apply-for-admission";
import { textFields } from "@/lib/projects/form-input";
import { toFormState } from "@/lib/forms/form-state";
import { zodErrorState } from "@/lib/projects/form-state";
import type { ProjectActor } from "@/lib/projects/officer";
import { rejectAdmission } from "@/lib/projects/reject-admission";
import { admitSchema, applicationSchema, constructionSchema, ZDecideWithReason } from "@/lib/projects/schemas";
import { suspendProject } from "@/lib/projects/suspend-project";
import { updateConstruction } from "@/lib/projects/update-construction";

/**
 * The project page's steps. Each parses its form with the shared schema, checks the role on the
 * server, calls one use case (which checks again, inside one transaction, at the version the page
 * was drawn with) and redraws the page.
 */
async function step<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  run: (actor: ProjectActor, input: z.infer<S>) => Promise<unknown>,
): Promise<FormState> {
  const values = formValues(formData);
  const parsed = schema.safeParse(textFields(formData));
  if (!parsed.success) return zodErrorState(parsed.error, values);
  const user = await requireRole("PROJECT_OFFICER", "ADMIN");
  try {
    await run({ userId: user.id, roles: user.roles }, parsed.data);
  } catch (error) {
    return toFormState(error, values, "projects");
  }
  revalidatePath(`/admin/projects/${String(formData.get("projectId"))}`);
  revalidatePath("/admin/projects");
  return {};
}

/** 登记准入申请. */
export async function applyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return step(formData, applicationSchema(), (actor, input) => applyForAdmission({ actor, input }));
}

/** 现场签订准入协议（准入）. */
export async function admitAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return step(formData, admitSchema(), (actor, input) => admitProject({ actor, input }));
}

/** 不予准入. */
export async function rejectAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return step(formData, ZDecideWithReason, (actor, input) => rejectAdmission({ actor, input }));
}

/** 暂停准入. */
export async function suspendAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return step(formData, ZDecideWithReason, (actor, input) => suspendProject({ actor, input }));
}

/** 登记建设进度. */
export async function constructionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return step(formData, constructionSchema(), (actor, input) => updateConstruction({ actor, input }));
}
