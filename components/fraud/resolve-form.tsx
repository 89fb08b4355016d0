"use client";

import { useActionState, useState } from "react";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/action-state";
import { TextField } from "@/components/forms/text-field";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";

const FORM_ID = "resolve-flag";
const button = "rounded-md px-4 py-2 text-sm font-medium text-white disabled:opacity-60";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  flagId: string;
  defaultYears: number;
  defaultReason: string;
};

/**
 * Clear a flag (排除风险: a held withdrawal goes on to review) or confirm fraud (确认欺诈: a held
 * withdrawal is refused), optionally putting the person on the blacklist with reason, evidence and
 * years. A note is always required.
 */
export function ResolveFlagForm({ action: resolve, flagId, defaultYears, defaultReason }: Props) {
  const [state, action, pending] = useActionState(resolve, EMPTY_FORM_STATE);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const [ban, setBan] = useState(v.blacklist === "on");
  return (
    <form id={FORM_ID} action={action} noValidate className="max-w-2xl space-y-4">
      <FormMessage id={`${FORM_ID}-error`} message={state.formError} />
      <input type="hidden" name="flagId" value={flagId} />
      <TextField formId={FORM_ID} name="note" label="核查意见" required defaultValue={v.note ?? ""} errors={e.note} />
      <div>
        <label className="inline-flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            name="blacklist"
            checked={ban}
            onChange={(ev) => setBan(ev.target.checked)}
            aria-describedby={e.blacklist ? `${FORM_ID}-blacklist-error` : undefined}
          />
          列入失信黑名单（仅在确认欺诈时）
        </label>
        <FieldError id={`${FORM_ID}-blacklist-error`} errors={e.blacklist} />
      </div>
      {ban ? (
        <fieldset className="space-y-3 rounded-md border border-red-200 p-3">
          <legend className="px-1 text-sm font-medium text-red-800">黑名单</legend>
          <TextField
            formId={FORM_ID}
            name="banReason"
            label="列入原因（将告知申请人）"
            defaultValue={v.banReason ?? defaultReason}
            errors={e.banReason}
          />
          <TextField formId={FORM_ID} name="banEvidence" label="证据材料" defaultValue={v.banEvidence ?? ""} errors={e.banEvidence} />
          <TextField
            formId={FORM_ID}
            name="banYears"
            label="期限（年）"
            inputMode="numeric"
            defaultValue={v.banYears ?? String(defaultYears)}
            errors={e.banYears}
          />
        </fieldset>
      ) : null}
      <div className="flex gap-3">
        <button
          type="submit"
          name="decision"
          value="DISMISS"
          disabled={pending}
          className={`${button} bg-emerald-700 hover:bg-emerald-800`}
        >
          排除风险
        </button>
        <button type="submit" name="decision" value="CONFIRM" disabled={pending} className={`${button} bg-red-700 hover:bg-red-800`}>
          确认欺诈
        </button>
      </div>
    </form>
  );
}
