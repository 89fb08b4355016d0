"use server";

import type { DoneFormState } from "@/lib/action-state";
import { DomainError } from "@/lib/errors";
import { formAction } from "@/lib/forms/action";
import { ZApplyTransfer } from "@/lib/transfers/schemas";
import { submitTransfer } from "@/lib/transfers/submit-transfer";

const apply = formAction<typeof ZApplyTransfer, { transferNo: string; status: string }, DoneFormState>({
  roles: ["CITIZEN"],
  schema: ZApplyTransfer,
  domain: "transfers",
  run: (actor, input, { user }) => {
    if (!user.depositorId) throw new DomainError("NO_ACCOUNT");
    return submitTransfer({
      ...input,
      idempotencyKey: `${user.id}:${input.idempotencyKey}`,
      depositorId: user.depositorId,
      actor,
      channel: "ONLINE",
    });
  },
  revalidate: ["/portal/transfers", "/portal/account", "/portal"],
  onSuccess: (r) => ({
    done:
      r.status === "SUBMITTED"
        ? `转出申请 ${r.transferNo} 已提交，中心审批后经全国转移接续平台发往转入地中心。`
        : `转入申请 ${r.transferNo} 已发往转出地中心，资金到账后计入您的账户。`,
  }),
});

/** A citizen applies online to transfer their own account out of, or a balance into, the city. */
export async function applyTransferAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return apply(prev, formData);
}
