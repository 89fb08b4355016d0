"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction } from "@/lib/action-state";

export function SlaForm({ review, recheck, setSlaAction }: { review: number; recheck: number; setSlaAction: FormAction }) {
  const [state, action] = useActionState(setSlaAction, {});
  return (
    <form id="sla" action={action} noValidate className="flex flex-wrap items-end gap-4">
      <FormMessage id="sla-error" message={state.formError} />
      <div className="w-48">
        <TextField
          formId="sla"
          name="review"
          label="审批时限（分钟）"
          inputMode="numeric"
          defaultValue={state.values?.review ?? String(review)}
          errors={state.fieldErrors?.review}
        />
      </div>
      <div className="w-48">
        <TextField
          formId="sla"
          name="recheck"
          label="复核时限（分钟）"
          inputMode="numeric"
          defaultValue={state.values?.recheck ?? String(recheck)}
          errors={state.fieldErrors?.recheck}
        />
      </div>
      <div className="w-32">
        <SubmitButton pendingText="保存中…">保存</SubmitButton>
      </div>
    </form>
  );
}
