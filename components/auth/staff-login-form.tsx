"use client";

import { useActionState } from "react";
import { EMPTY_FORM_STATE, type FormAction } from "@/lib/action-state";
import { WINDOW_NUMBERS } from "@/lib/auth/policy";
import { TextField } from "@/components/forms/text-field";
import { PasswordField } from "@/components/auth/password-field";
import { SelectField } from "@/components/forms/select-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

const FORM_ID = "staff-login";

const WINDOW_OPTIONS = [
  { value: "", label: "不在窗口（非柜员）" },
  ...WINDOW_NUMBERS.map((n) => ({ value: String(n), label: `${n}号窗口` })),
];

export function StaffLoginForm({ callbackUrl, staffLogin }: { callbackUrl?: string; staffLogin: FormAction }) {
  const [state, action] = useActionState(staffLogin, EMPTY_FORM_STATE);
  return (
    <form id={FORM_ID} action={action} noValidate className="space-y-4" aria-describedby={state.formError ? `${FORM_ID}-error` : undefined}>
      <FormMessage id={`${FORM_ID}-error`} message={state.formError} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField
        formId={FORM_ID}
        name="loginName"
        label="用户名"
        autoComplete="username"
        required
        defaultValue={state.values?.loginName ?? ""}
        errors={state.fieldErrors?.loginName}
      />
      <PasswordField formId={FORM_ID} errors={state.fieldErrors?.password} />
      <SelectField
        formId={FORM_ID}
        name="windowNo"
        label="窗口号"
        hint="综合柜员须选择今日所在窗口"
        options={WINDOW_OPTIONS}
        defaultValue={state.values?.windowNo ?? ""}
        errors={state.fieldErrors?.windowNo}
      />
      <SubmitButton pendingText="正在登录…">工作人员登录</SubmitButton>
    </form>
  );
}
