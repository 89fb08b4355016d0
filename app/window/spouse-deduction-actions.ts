"use server";

import type { FormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { ZConfirmSpouseDeductionAtWindow } from "@/lib/servicing/schemas";
import { confirmSpouseDeductionAtWindow } from "@/lib/servicing/use-cases/confirm-spouse-deduction";

export type SpouseConfirmState = FormState & { confirmedLoanNo?: string };

const confirmAtWindow = formAction<
  typeof ZConfirmSpouseDeductionAtWindow,
  Awaited<ReturnType<typeof confirmSpouseDeductionAtWindow>>,
  SpouseConfirmState
>({
  roles: ["TELLER"],
  schema: ZConfirmSpouseDeductionAtWindow,
  input: (formData) => ({ loanNo: formData.get("loanNo") ?? undefined, spouseIdNumber: formData.get("spouseIdNumber") ?? undefined }),
  domain: "servicing",
  run: (actor, input) => confirmSpouseDeductionAtWindow({ actor, loanNo: input.loanNo, spouseIdNumber: input.spouseIdNumber }),
  onSuccess: ({ loanNo }) => ({ confirmedLoanNo: loanNo }),
});

/** 配偶确认委托扣划 (at the window): the spouse is present; the teller types the loan number and their ID number. */
export async function confirmSpouseAtWindowAction(prev: SpouseConfirmState, formData: FormData): Promise<SpouseConfirmState> {
  return confirmAtWindow(prev, formData);
}
