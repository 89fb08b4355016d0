"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { formValues, type FormState } from "@/lib/action-state";
import { createProject } from "@/lib/projects/create-project";
import { textFields } from "@/lib/projects/form-input";
import { toFormState } from "@/lib/forms/form-state";
import { zodErrorState } from "@/lib/projects/form-state";
import { projectSchema } from "@/lib/projects/schemas";

/** 登记楼盘 with its buildings; on success the project's page. */
export async function createProjectAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("PROJECT_OFFICER", "ADMIN");
  const values = formValues(formData);
  const parsed = projectSchema().safeParse(textFields(formData));
  if (!parsed.success) return zodErrorState(parsed.error, values);
  let projectId: string;
  try {
    ({ projectId } = await createProject({ actor: { userId: user.id, roles: user.roles }, input: parsed.data }));
  } catch (error) {
    return toFormState(error, values, "projects");
  }
  revalidatePath("/admin/projects");
  redirect(`/admin/projects/${projectId}`);
}
