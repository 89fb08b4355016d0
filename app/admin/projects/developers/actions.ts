"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { formValues, type FormState } from "@/lib/action-state";
import { createDeveloper } from "@/lib/projects/create-developer";
import { textFields } from "@/lib/projects/form-input";
import { toFormState } from "@/lib/forms/form-state";
import { zodErrorState } from "@/lib/projects/form-state";
import { ZCreateDeveloper } from "@/lib/projects/schemas";

/** 登记开发商. */
export async function createDeveloperAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("PROJECT_OFFICER", "ADMIN");
  const values = formValues(formData);
  const parsed = ZCreateDeveloper.safeParse(textFields(formData));
  if (!parsed.success) return zodErrorState(parsed.error, values);
  try {
    await createDeveloper({ actor: { userId: user.id, roles: user.roles }, input: parsed.data });
  } catch (error) {
    return toFormState(error, values, "projects");
  }
  revalidatePath("/admin/projects/developers");
  revalidatePath("/admin/projects");
  return {};
}
