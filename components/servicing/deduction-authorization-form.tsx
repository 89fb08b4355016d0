"use client";

import { useActionState } from "react";
import { EMPTY_FORM_STATE, errorIdFor, type FormState } from "@/lib/action-state";
import type { LoanServicingView } from "@/lib/servicing/queries";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** 签订委托扣划: the borrower picks their own or their registered spouse's fund account. */
export function SignAuthorizationForm({ action: submit, options }: { action: Action; options: LoanServicingView["accountOptions"] }) {
  const formId = "authorization-sign";
  const [state, action] = useActionState(submit, EMPTY_FORM_STATE);
  const chosen = state.values?.account ?? options[0]?.choice;
  const errors = state.fieldErrors?.account;
  return (
    <form id={formId} action={action} noValidate className="max-w-xl space-y-4">
      <FormMessage id={`${formId}-error`} message={state.formError} />
      <fieldset aria-describedby={errors?.length ? errorIdFor(formId, "account") : undefined}>
        <legend className="text-sm font-medium text-slate-700">每月从以下公积金账户扣划月供</legend>
        <div className="mt-2 space-y-2">
          {options.map((o) => (
            <label key={o.choice} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="radio" name="account" value={o.choice} defaultChecked={o.choice === chosen} />
              {o.label}
            </label>
          ))}
        </div>
        <FieldError id={errorIdFor(formId, "account")} errors={errors} />
      </fieldset>
      <p className="text-xs text-slate-500">
        签订后，每期还款日从所选账户扣划当期应还款项；账户余额不足部分从贷款还款银行卡扣收。可随时撤销。
      </p>
      <SubmitButton pendingText="正在签订…">签订委托扣划协议</SubmitButton>
    </form>
  );
}

/** 撤销委托扣划. */
export function RevokeAuthorizationForm({ action: submit, authorizationId }: { action: Action; authorizationId: string }) {
  const formId = "authorization-revoke";
  const [state, action] = useActionState(submit, EMPTY_FORM_STATE);
  return (
    <form id={formId} action={action} noValidate className="max-w-xs space-y-2">
      <FormMessage id={`${formId}-error`} message={state.formError ?? state.fieldErrors?.authorizationId?.join("；")} />
      <input type="hidden" name="authorizationId" value={authorizationId} />
      <SubmitButton pendingText="正在撤销…">撤销委托扣划</SubmitButton>
    </form>
  );
}
