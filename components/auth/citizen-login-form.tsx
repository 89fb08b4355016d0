"use client";

import { useActionState } from "react";
import { EMPTY_FORM_STATE, type FormAction } from "@/lib/action-state";
import { TextField } from "@/components/forms/text-field";
import { PasswordField } from "@/components/auth/password-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

const FORM_ID = "citizen-login";

export function CitizenLoginForm({ callbackUrl, citizenLogin }: { callbackUrl?: string; citizenLogin: FormAction }) {
  const [state, action] = useActionState(citizenLogin, EMPTY_FORM_STATE);
  return (
    <form id={FORM_ID} action={action} noValidate className="space-y-4" aria-describedby={state.formError ? `${FORM_ID}-error` : undefined}>
      <FormMessage id={`${FORM_ID}-error`} message={state.formError} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField
        formId={FORM_ID}
        name="idNumber"
        label="身份证号"
        autoComplete="username"
        inputMode="text"
        maxLength={18}
        required
        defaultValue={state.values?.idNumber ?? ""}
        errors={state.fieldErrors?.idNumber}
      />
      <PasswordField formId={FORM_ID} errors={state.fieldErrors?.password} />
      <SubmitButton pendingText="正在登录…">市民登录</SubmitButton>
    </form>
  );
}
