"use server";

import type { z } from "zod";
import type { FormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { admitProject } from "@/lib/projects/admit-project";
import { applyForAdmission } from "@/lib/projects/apply-for-admission";
import { textFields } from "@/lib/projects/form-input";
import { zodErrorState } from "@/lib/projects/form-state";
import type { ProjectActor } from "@/lib/projects/officer";
import { rejectAdmission } from "@/lib/projects/reject-admission";
import { admitSchema, applicationSchema, constructionSchema, ZDecideWithReason } from "@/lib/projects/schemas";
import { suspendProject } from "@/lib/projects/suspend-project";
import { updateConstruction } from "@/lib/projects/update-construction";

/**
 * The project page's steps. Each checks the role on the server, parses its form with the shared
 * schema, calls one use case (which checks again, inside one transaction, at the version the page
 * was drawn with) and redraws the page.
 */
function step<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  run: (actor: ProjectActor, input: z.infer<S>) => Promise<unknown>,
): Promise<FormState> {
  return formAction({
    roles: ["PROJECT_OFFICER", "ADMIN"],
    schema,
    input: textFields,
    invalid: zodErrorState,
    domain: "projects",
    run: (actor, input) => run(actor, input),
    revalidate: () => [`/admin/projects/${String(formData.get("projectId"))}`, "/admin/projects"],
  })({}, formData);
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
