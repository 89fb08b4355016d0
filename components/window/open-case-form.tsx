"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction } from "@/lib/action-state";

/** Opens a case from an ID number; from a called ticket the number is already there. */
export function OpenCaseForm({
  formId,
  ticketId,
  idNumber,
  submitLabel,
  openCaseAction,
}: {
  formId: string;
  ticketId?: string;
  idNumber?: string | null;
  submitLabel: string;
  openCaseAction: FormAction;
}) {
  const [state, action] = useActionState(openCaseAction, {});
  return (
    <form id={formId} action={action} noValidate className="flex flex-wrap items-end gap-3">
      {ticketId ? <input type="hidden" name="ticketId" value={ticketId} /> : null}
      <div className="min-w-64 flex-1">
        <TextField
          formId={formId}
          name="idNumber"
          label="申请人身份证号"
          autoComplete="off"
          maxLength={18}
          defaultValue={state.values?.idNumber ?? idNumber ?? ""}
          errors={state.fieldErrors?.idNumber}
        />
      </div>
      <div className="w-40">
        <SubmitButton pendingText="正在开办件…">{submitLabel}</SubmitButton>
      </div>
      <div className="basis-full">
        <FormMessage id={`${formId}-error`} message={state.formError} />
      </div>
    </form>
  );
}
