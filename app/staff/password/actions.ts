"use server";
import { CENTER_STAFF_ROLES } from "@/lib/auth/roles";

import { redirect } from "next/navigation";
import type { DoneFormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { changeOwnPassword } from "@/lib/staff/change-password";
import { ZChangePassword } from "@/lib/staff/schemas";

const change = formAction<typeof ZChangePassword, void, DoneFormState>({
  roles: CENTER_STAFF_ROLES,
  schema: ZChangePassword,
  domain: "staff",
  omit: ["currentPassword", "newPassword", "confirmPassword"],
  run: (actor, input) => changeOwnPassword({ actor, currentPassword: input.currentPassword, newPassword: input.newPassword }),
  onSuccess: () => redirect("/staff/password?done=1"),
});

/** A staff member sets their own password (required after an ADMIN created the account). */
export async function changePasswordAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return change(prev, formData);
}
