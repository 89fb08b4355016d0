"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { createProject } from "@/lib/projects/create-project";
import { textFields } from "@/lib/projects/form-input";
import { zodErrorState } from "@/lib/projects/form-state";
import { projectSchema } from "@/lib/projects/schemas";

const create = formAction({
  roles: ["PROJECT_OFFICER", "ADMIN"],
  schema: () => projectSchema(),
  input: textFields,
  invalid: zodErrorState,
  domain: "projects",
  run: (actor, input) => createProject({ actor, input }),
  revalidate: ["/admin/projects"],
  onSuccess: ({ projectId }) => redirect(`/admin/projects/${projectId}`),
});

/** 登记楼盘 with its buildings; on success the project's page. */
export async function createProjectAction(prev: FormState, formData: FormData): Promise<FormState> {
  return create(prev, formData);
}
