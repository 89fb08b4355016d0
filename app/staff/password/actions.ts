"use server";

import { redirect } from "next/navigation";
import type { DoneFormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { changeOwnPassword } from "@/lib/staff/change-password";
import { ZChangePassword } from "@/lib/staff/schemas";

const change = formAction<typeof ZChangePassword, void, DoneFormState>({
  roles: ["TELLER", "REVIEWER", "RISK_OFFICER", "ADMIN", "PROJECT_OFFICER"],
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
