"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, DoneFormState } from "@/lib/action-state";

type DecideBackPaymentState = DoneFormState;

/** A reviewer's decision on one back payment: approve, or reject with a reason. */
export function BackPaymentDecisionForm({
  remittanceId,
  label,
  decideBackPaymentAction,
}: {
  remittanceId: string;
  label: string;
  decideBackPaymentAction: FormAction<DecideBackPaymentState>;
}) {
  const [state, action] = useActionState<DecideBackPaymentState, FormData>(decideBackPaymentAction, {});
  const formId = `backpay-${remittanceId}`;
  return (
    <form id={formId} action={action} noValidate aria-label={`审批 ${label}`} className="space-y-2">
      <FormMessage id={`${formId}-error`} message={state.formError} />
      {state.done ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {state.done}
        </p>
      ) : null}
      <input type="hidden" name="remittanceId" value={remittanceId} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-32">
          <SelectField
            formId={formId}
            name="decision"
            label="审批结果"
            defaultValue={state.values?.decision ?? "APPROVE"}
            errors={state.fieldErrors?.decision}
            options={[
              { value: "APPROVE", label: "批准" },
              { value: "REJECT", label: "退回" },
            ]}
          />
        </div>
        <div className="w-72">
          <TextField
            formId={formId}
            name="note"
            label="意见（退回时必填）"
            maxLength={200}
            defaultValue={state.values?.note ?? ""}
            errors={state.fieldErrors?.note}
          />
        </div>
        <div className="w-32">
          <SubmitButton pendingText="提交中…">提交审批</SubmitButton>
        </div>
      </div>
    </form>
  );
}
