"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, DoneFormState } from "@/lib/action-state";

type SimulateTransferState = DoneFormState;

/**
 * The simulated bank (local adapter only): the employer transfers money quoting the payment
 * reference. It stands in for the employer's own online banking; the center credits nothing until
 * staff import the bank's receipt file.
 */
export function SimulateTransferForm({
  remittanceId,
  month,
  reference,
  total,
  simulateTransferAction,
}: {
  remittanceId: string;
  month: string;
  reference: string;
  total: string;
  simulateTransferAction: FormAction<SimulateTransferState>;
}) {
  const [state, action] = useActionState<SimulateTransferState, FormData>(simulateTransferAction, {});
  const formId = `transfer-${remittanceId}`;
  return (
    <form id={formId} action={action} noValidate aria-label={`${month} 模拟银行转账`} className="space-y-2">
      <FormMessage id={`${formId}-error`} message={state.formError} />
      {state.done ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {state.done}
        </p>
      ) : null}
      <input type="hidden" name="remittanceId" value={remittanceId} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-40">
          <TextField
            formId={formId}
            name="amount"
            label="转账金额（元）"
            inputMode="decimal"
            defaultValue={state.values?.amount ?? total}
            errors={state.fieldErrors?.amount}
          />
        </div>
        <p className="pb-2 text-sm text-slate-600">
          付款附言 <span className="font-mono">{reference}</span>
        </p>
        <div className="w-44">
          <SubmitButton pendingText="转账中…">模拟银行转账</SubmitButton>
        </div>
      </div>
    </form>
  );
}
