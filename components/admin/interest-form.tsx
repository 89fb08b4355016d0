"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, DoneFormState } from "@/lib/action-state";

type SettleInterestState = DoneFormState;

export function InterestForm({
  suggestedYearEnd,
  settleInterestAction,
}: {
  suggestedYearEnd: number;
  settleInterestAction: FormAction<SettleInterestState>;
}) {
  const [state, action] = useActionState<SettleInterestState, FormData>(settleInterestAction, {});
  return (
    <form id="interest" action={action} noValidate className="space-y-4">
      <FormMessage id="interest-error" message={state.formError} />
      {state.done ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {state.done}
        </p>
      ) : null}
      <div className="flex flex-wrap items-end gap-4">
        <div className="w-56">
          <TextField
            formId="interest"
            name="yearEnd"
            label="结息年度（截至该年6月30日）"
            inputMode="numeric"
            defaultValue={state.values?.yearEnd ?? String(suggestedYearEnd)}
            errors={state.fieldErrors?.yearEnd}
          />
        </div>
        <div className="w-40">
          <SubmitButton pendingText="结息中…">执行结息</SubmitButton>
        </div>
      </div>
    </form>
  );
}
