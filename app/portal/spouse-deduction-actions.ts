"use server";

import type { FormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { ZConfirmSpouseDeduction } from "@/lib/servicing/schemas";
import { citizenActorOf } from "@/lib/servicing/use-cases/citizen-loan";
import { confirmSpouseDeduction } from "@/lib/servicing/use-cases/confirm-spouse-deduction";

const confirmOnline = formAction({
  roles: ["CITIZEN"],
  schema: ZConfirmSpouseDeduction,
  input: (formData) => ({ authorizationId: formData.get("authorizationId") ?? undefined }),
  domain: "servicing",
  run: (_actor, input, { user }) =>
    confirmSpouseDeduction({
      confirmer: { online: citizenActorOf(user, "AUTHORIZATION_NOT_FOUND") },
      authorizationId: input.authorizationId,
    }),
  revalidate: ["/portal"],
});

/** 配偶确认委托扣划 (online): the signed-in citizen confirms a deduction from their own account. */
export async function confirmSpouseDeductionAction(prev: FormState, formData: FormData): Promise<FormState> {
  return confirmOnline(prev, formData);
}
