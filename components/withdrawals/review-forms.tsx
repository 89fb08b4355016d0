"use client";

import { useActionState } from "react";
import { EMPTY_FORM_STATE, type FormAction } from "@/lib/action-state";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";

const button = "rounded-md px-4 py-2 text-sm font-medium text-white disabled:opacity-60";

/** Approve or reject (a rejection needs a reason); the version makes a stale screen harmless. */
export function DecideForm({
  withdrawalId,
  version,
  decideWithdrawalAction,
}: {
  withdrawalId: string;
  version: number;
  decideWithdrawalAction: FormAction;
}) {
  const [state, action, pending] = useActionState(decideWithdrawalAction, EMPTY_FORM_STATE);
  return (
    <form action={action} noValidate className="max-w-md space-y-3">
      <FormMessage id="decide-error" message={state.formError} />
      <input type="hidden" name="withdrawalId" value={withdrawalId} />
      <input type="hidden" name="version" value={version} />
      <TextField
        formId="decide"
        name="note"
        label="审核意见（不予批准时必填）"
        defaultValue={state.values?.note ?? ""}
        errors={state.fieldErrors?.note}
      />
      <div className="flex gap-3">
        <button
          type="submit"
          name="decision"
          value="APPROVE"
          disabled={pending}
          className={`${button} bg-emerald-700 hover:bg-emerald-800`}
        >
          批准
        </button>
        <button type="submit" name="decision" value="REJECT" disabled={pending} className={`${button} bg-red-700 hover:bg-red-800`}>
          不予批准
        </button>
      </div>
    </form>
  );
}

/** Pays through the bank port to the depositor's own card: the balance is debited exactly once, here. */
export function PayoutForm({ withdrawalId, recordPayoutAction }: { withdrawalId: string; recordPayoutAction: FormAction }) {
  const [state, action, pending] = useActionState(recordPayoutAction, EMPTY_FORM_STATE);
  return (
    <form action={action} noValidate className="max-w-md space-y-3">
      <FormMessage id="payout-error" message={state.formError} />
      <input type="hidden" name="withdrawalId" value={withdrawalId} />
      <p className="text-sm text-slate-600">经银行接口转账至申请人本人银行卡，银行回单号自动记录。审批人员不得办理支付。</p>
      <button type="submit" disabled={pending} className={`${button} bg-sky-700 hover:bg-sky-800`}>
        通过银行支付
      </button>
    </form>
  );
}
