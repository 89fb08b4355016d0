"use client";

import { useActionState, useState } from "react";
import type { RemittanceFormState } from "@/lib/remittances/messages";
import { errorIdFor, type FormAction } from "@/lib/action-state";
import { MAX_CSV_BYTES } from "@/lib/remittances/limits";
import { TextField } from "@/components/forms/text-field";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { RemittanceErrorReport } from "@/components/remittances/error-report";
import { RemittanceSubmitted } from "@/components/remittances/submitted";

const FORM_ID = "remittance-upload";
const EMPTY: RemittanceFormState = {};

export function RemittanceUploadForm({
  defaultMonth,
  uploadRemittance,
}: {
  defaultMonth: string;
  uploadRemittance: FormAction<RemittanceFormState>;
}) {
  const [state, action] = useActionState(uploadRemittance, EMPTY);
  // Checked in the browser too: a 100 MB file is refused before it is sent at all.
  const [tooLarge, setTooLarge] = useState(false);
  const fileErrors = tooLarge ? ["文件超过 10 MB，请分批上传"] : state.fieldErrors?.file;
  return (
    <div className="space-y-4">
      <form
        id={FORM_ID}
        action={action}
        noValidate
        className="max-w-md space-y-4"
        onSubmit={(event) => {
          if (tooLarge) event.preventDefault();
        }}
      >
        <FormMessage id={`${FORM_ID}-error`} message={state.formError} />
        <TextField
          formId={FORM_ID}
          name="month"
          label="汇缴月份"
          type="month"
          required
          defaultValue={state.values?.month ?? defaultMonth}
          errors={state.fieldErrors?.month}
        />
        <TextField
          formId={FORM_ID}
          name="backPayReason"
          label="补缴原因（汇缴本月以前的月份时必填，须经中心审批）"
          maxLength={200}
          defaultValue={state.values?.backPayReason ?? ""}
          errors={state.fieldErrors?.backPayReason}
        />
        <div>
          <label htmlFor={`${FORM_ID}-file`} className="block text-sm font-medium text-slate-700">
            汇缴文件（CSV，UTF-8）
          </label>
          <input
            id={`${FORM_ID}-file`}
            name="file"
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => setTooLarge((event.target.files?.[0]?.size ?? 0) > MAX_CSV_BYTES)}
            required
            aria-invalid={fileErrors?.length ? true : undefined}
            aria-describedby={fileErrors?.length ? errorIdFor(FORM_ID, "file") : undefined}
            className="mt-1 block w-full text-sm"
          />
          <FieldError id={errorIdFor(FORM_ID, "file")} errors={fileErrors} />
        </div>
        <SubmitButton pendingText="正在校验并提交…">上传并汇缴</SubmitButton>
      </form>
      {state.posted ? <RemittanceSubmitted posted={state.posted} /> : null}
      {state.report?.length ? <RemittanceErrorReport report={state.report} /> : null}
    </div>
  );
}
