"use client";

import { useActionState } from "react";
import { DUE_DATE_ON_HOLIDAY_LABELS, POLICY_FIELD_LABELS, POLICY_INT_FIELDS, POLICY_TEXT_FIELDS } from "@/lib/loans/policy-form";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction } from "@/lib/action-state";

const FORM_ID = "policy";

/** Edits the policy in force and publishes it as a new version (versions are never changed). */
export function PolicyForm({ current, publishPolicyAction }: { current: Record<string, string>; publishPolicyAction: FormAction }) {
  const [state, action] = useActionState(publishPolicyAction, {});
  const value = (f: string) => state.values?.[f] ?? current[f] ?? "";
  return (
    <form id={FORM_ID} action={action} noValidate className="space-y-4">
      <FormMessage id={`${FORM_ID}-error`} message={state.formError} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {[...POLICY_TEXT_FIELDS, ...POLICY_INT_FIELDS].map((f) => (
          <TextField
            key={f}
            formId={FORM_ID}
            name={f}
            label={POLICY_FIELD_LABELS[f]}
            defaultValue={value(f)}
            errors={state.fieldErrors?.[f]}
          />
        ))}
        <SelectField
          formId={FORM_ID}
          name="dueDateOnHoliday"
          label="还款日遇节假日"
          defaultValue={value("dueDateOnHoliday") || "KEEP"}
          errors={state.fieldErrors?.dueDateOnHoliday}
          options={Object.entries(DUE_DATE_ON_HOLIDAY_LABELS).map(([v, label]) => ({ value: v, label }))}
        />
      </div>
      <TextField formId={FORM_ID} name="note" label="调整说明" defaultValue={state.values?.note ?? ""} errors={state.fieldErrors?.note} />
      <div className="max-w-xs">
        <SubmitButton pendingText="发布中…">发布新版本</SubmitButton>
      </div>
    </form>
  );
}
