"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/action-state";
import { formAction, textFields } from "@/lib/forms/action";
import { ZWindowApplication, windowApplicationInvalid } from "@/lib/withdrawals/schemas";
import { submitWithdrawal } from "@/lib/withdrawals/submit-withdrawal";
import { applicantAtWindow } from "@/lib/withdrawals/find-applicant";
import { applicationFromForm } from "@/lib/withdrawals/form-helpers";
import { presenceFromForm } from "@/lib/withdrawals/window-checks";

const applyAtWindowForm = formAction<typeof ZWindowApplication, Awaited<ReturnType<typeof submitWithdrawal>>>({
  roles: ["TELLER"],
  schema: ZWindowApplication,
  input: (formData) => {
    const fields = textFields(formData);
    return { idNumber: fields.idNumber ?? "", application: fields, presence: fields };
  },
  invalid: windowApplicationInvalid,
  domain: "withdrawals",
  run: async (actor, { idNumber, application, presence: seen }, { user, formData }) => {
    return submitWithdrawal({
      depositorId: await applicantAtWindow(idNumber),
      actor,
      channel: "WINDOW",
      presence: presenceFromForm(idNumber, seen),
      ...(await applicationFromForm(application, formData, user.id)),
    });
  },
  revalidate: ["/window/withdrawals"],
  onSuccess: ({ withdrawalId }): void => redirect(`/window/withdrawals/${withdrawalId}`),
});

/**
 * A teller takes a withdrawal application at the window for the citizen in front of them, with the
 * evidence that they are there (ID card read or their portal confirmation code).
 */
export async function applyAtWindow(prev: FormState, formData: FormData): Promise<FormState> {
  return applyAtWindowForm(prev, formData);
}
