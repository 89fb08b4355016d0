"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import type { FormAction } from "@/lib/action-state";

/** 移交办件: the case's own window hands it to another window, with a reason (audited). */
export function HandOverForm({
  caseId,
  windowNumbers,
  handOverCaseAction,
}: {
  caseId: string;
  windowNumbers: readonly number[];
  handOverCaseAction: FormAction;
}) {
  const [state, action] = useActionState(handOverCaseAction, {});
  const formId = "hand-over";
  const errors = state.fieldErrors ?? {};
  return (
    <form
      action={action}
      className="grid gap-3 sm:grid-cols-[10rem_1fr_auto] sm:items-end"
      aria-describedby={state.formError ? `${formId}-error` : undefined}
    >
      <input type="hidden" name="caseId" value={caseId} />
      <SelectField
        formId={formId}
        name="toWindowNo"
        label="移交到"
        errors={errors.toWindowNo}
        defaultValue={state.values?.toWindowNo ?? ""}
        options={[{ value: "", label: "请选择窗口" }, ...windowNumbers.map((n) => ({ value: String(n), label: `${n}号窗口` }))]}
      />
      <TextField
        formId={formId}
        name="reason"
        label="移交原因"
        errors={errors.reason}
        defaultValue={state.values?.reason ?? ""}
        maxLength={200}
      />
      <div>
        <SubmitButton pendingText="移交中…">移交办件</SubmitButton>
      </div>
      <div className="sm:col-span-3">
        <FormMessage id={`${formId}-error`} message={state.formError} />
      </div>
    </form>
  );
}
