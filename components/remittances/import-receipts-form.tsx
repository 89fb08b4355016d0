"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, FormState } from "@/lib/action-state";

type ImportReceiptsState = FormState & { done?: string; deferred?: { bankRef: string; reason: string }[] };

const FORM_ID = "receipt-import";

/** Staff fetch the bank's receipt file of one date through the bank port and import it. */
export function ImportReceiptsForm({
  today,
  importReceiptsAction,
}: {
  today: string;
  importReceiptsAction: FormAction<ImportReceiptsState>;
}) {
  const [state, action] = useActionState<ImportReceiptsState, FormData>(importReceiptsAction, {});
  return (
    <form id={FORM_ID} action={action} noValidate className="space-y-4">
      <FormMessage id={`${FORM_ID}-error`} message={state.formError} />
      {state.done ? (
        <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          <p>{state.done}</p>
          {state.deferred?.length ? (
            <ul className="mt-1 list-disc pl-5">
              {state.deferred.map((d) => (
                <li key={d.bankRef}>
                  {d.bankRef}：{d.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-wrap items-end gap-4">
        <div className="w-48">
          <TextField
            formId={FORM_ID}
            name="businessDate"
            label="到账日期"
            type="date"
            required
            max={today}
            defaultValue={state.values?.businessDate ?? today}
            errors={state.fieldErrors?.businessDate}
          />
        </div>
        <div className="w-56">
          <SubmitButton pendingText="正在导入…">获取并导入到账回单</SubmitButton>
        </div>
      </div>
    </form>
  );
}
