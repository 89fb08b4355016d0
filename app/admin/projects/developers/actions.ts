"use server";

import type { FormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { createDeveloper } from "@/lib/projects/create-developer";
import { textFields } from "@/lib/projects/form-input";
import { zodErrorState } from "@/lib/projects/form-state";
import { ZCreateDeveloper } from "@/lib/projects/schemas";

const create = formAction({
  roles: ["PROJECT_OFFICER", "ADMIN"],
  schema: ZCreateDeveloper,
  input: textFields,
  invalid: zodErrorState,
  domain: "projects",
  run: (actor, input) => createDeveloper({ actor, input }),
  revalidate: ["/admin/projects/developers", "/admin/projects"],
});

/** 登记开发商. */
export async function createDeveloperAction(prev: FormState, formData: FormData): Promise<FormState> {
  return create(prev, formData);
}
