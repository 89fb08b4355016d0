"use client";

import { useActionState } from "react";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/action-state";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** Puts a person on the blacklist: ID number, reason, evidence, years (default from the setting). */
export function AddBlacklistForm({ action: add, defaultYears }: { action: Action; defaultYears: number }) {
  const [state, action] = useActionState(add, EMPTY_FORM_STATE);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form id="blacklist-add" action={action} noValidate className="grid max-w-3xl grid-cols-1 gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormMessage id="blacklist-add-error" message={state.formError} />
      </div>
      <TextField
        formId="blacklist-add"
        name="idNumber"
        label="身份证号"
        maxLength={18}
        required
        defaultValue={v.idNumber ?? ""}
        errors={e.idNumber}
      />
      <TextField formId="blacklist-add" name="name" label="姓名（非缴存职工时填写）" defaultValue={v.name ?? ""} errors={e.name} />
      <TextField formId="blacklist-add" name="reason" label="原因（将告知本人）" required defaultValue={v.reason ?? ""} errors={e.reason} />
      <TextField formId="blacklist-add" name="evidence" label="证据材料" required defaultValue={v.evidence ?? ""} errors={e.evidence} />
      <TextField
        formId="blacklist-add"
        name="years"
        label="期限（年）"
        inputMode="numeric"
        defaultValue={v.years ?? String(defaultYears)}
        errors={e.years}
      />
      <div className="self-end">
        <SubmitButton pendingText="提交中…">列入黑名单</SubmitButton>
      </div>
    </form>
  );
}

/** ADMIN lifts a ban with a reason. */
export function LiftBanForm({ action: lift, entryId, name }: { action: Action; entryId: string; name: string }) {
  const [state, action, pending] = useActionState(lift, EMPTY_FORM_STATE);
  const formId = `lift-${entryId}`;
  return (
    <form id={formId} action={action} noValidate className="flex flex-wrap items-end gap-2">
      <FormMessage id={`${formId}-error`} message={state.formError} />
      <input type="hidden" name="entryId" value={entryId} />
      <div className="w-56">
        <TextField
          formId={formId}
          name="liftReason"
          label={`解除${name}的原因`}
          defaultValue={state.values?.liftReason ?? ""}
          errors={state.fieldErrors?.liftReason}
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-amber-700 px-3 py-2 text-sm font-medium text-white hover:bg-amber-800 disabled:opacity-60"
      >
        解除
      </button>
    </form>
  );
}

/** ADMIN sets how many years new bans last. */
export function BlacklistYearsForm({ action: save, years }: { action: Action; years: number }) {
  const [state, action, pending] = useActionState(save, EMPTY_FORM_STATE);
  return (
    <form id="blacklist-years" action={action} noValidate className="flex flex-wrap items-end gap-3">
      <FormMessage id="blacklist-years-error" message={state.formError} />
      <div className="w-48">
        <TextField
          formId="blacklist-years"
          name="years"
          label="新列入期限（年）"
          inputMode="numeric"
          defaultValue={state.values?.years ?? String(years)}
          errors={state.fieldErrors?.years}
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800 disabled:opacity-60"
      >
        保存
      </button>
    </form>
  );
}
