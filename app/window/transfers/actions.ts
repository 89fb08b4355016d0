"use server";

import type { DoneFormState, FormState } from "@/lib/action-state";
import { DomainError } from "@/lib/errors";
import { formAction } from "@/lib/forms/action";
import { errorMessage } from "@/lib/forms/form-state";
import { findDepositorByIdNumber } from "@/lib/withdrawals/find-applicant";
import { presenceFromForm } from "@/lib/withdrawals/window-checks";
import { ZApplyTransferAtWindow, ZDecideTransferOut, ZReceivePlatformMessages } from "@/lib/transfers/schemas";
import { submitTransfer } from "@/lib/transfers/submit-transfer";
import { decideTransferOut } from "@/lib/transfers/decide-transfer-out";
import { receivePlatformMessages } from "@/lib/transfers/receive-platform-messages";

const apply = formAction<typeof ZApplyTransferAtWindow, { transferNo: string }, DoneFormState>({
  roles: ["TELLER"],
  schema: ZApplyTransferAtWindow,
  domain: "transfers",
  run: async (actor, input) => {
    const depositor = await findDepositorByIdNumber(input.idNumber);
    if (!depositor) throw new DomainError("NO_ACCOUNT", { field: "idNumber" });
    const { presence, cardName, presenceCode, ...application } = input;
    return submitTransfer({
      ...application,
      depositorId: depositor.id,
      actor,
      channel: "WINDOW",
      presence: presence ? presenceFromForm(input.idNumber, { presence, cardName, presenceCode }) : undefined,
    });
  },
  revalidate: ["/window/transfers"],
  onSuccess: (r) => ({ done: `已受理，业务编号 ${r.transferNo}` }),
});

/** A teller takes a transfer application (out of or into the city) for the citizen at the window. */
export async function applyTransferAtWindowAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return apply(prev, formData);
}

const decide = formAction({
  roles: ["TELLER"],
  schema: ZDecideTransferOut,
  domain: "transfers",
  run: (actor, input) => decideTransferOut({ ...input, actor }),
  revalidate: ["/window/transfers"],
});

/** A second teller approves (the request goes to the platform) or rejects a transfer out. */
export async function decideTransferOutAction(prev: FormState, formData: FormData): Promise<FormState> {
  return decide(prev, formData);
}

const receive = formAction({
  roles: ["TELLER"],
  schema: ZReceivePlatformMessages,
  domain: "transfers",
  echo: false,
  run: (actor) => receivePlatformMessages({ actor }),
  revalidate: ["/window/transfers"],
  onSuccess: (r): DoneFormState => ({
    done: [
      `办结 ${r.completed.length} 笔`,
      `对方未受理 ${r.refused.length} 笔`,
      ...r.failed.map((f) => `${f.transferNo}：${errorMessage(f.error, "transfers")}`),
    ].join("；"),
  }),
});

/** Receives the platform's messages: an acceptance pays out and closes, an arrival credits. */
export async function receivePlatformMessagesAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return receive(prev, formData);
}
