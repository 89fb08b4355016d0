"use client";

import { useActionState } from "react";
import type { PendingSpouseAuthorizationDto } from "@/lib/servicing/spouse-confirmation-queries";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import type { FormAction, FormState } from "@/lib/action-state";

type SpouseConfirmState = FormState & { confirmedLoanNo?: string };

/** The spouse, signed in, confirms one pending deduction from their own account. */
export function ConfirmSpouseDeductionForm({
  pending,
  confirmSpouseDeductionAction,
}: {
  pending: PendingSpouseAuthorizationDto;
  confirmSpouseDeductionAction: FormAction;
}) {
  const [state, action] = useActionState(confirmSpouseDeductionAction, {});
  return (
    <form action={action} className="space-y-2" aria-label={`确认贷款 ${pending.loanNo} 的委托扣划`}>
      <input type="hidden" name="authorizationId" value={pending.id} />
      <p className="text-sm text-slate-800">
        {pending.borrowerName}于 {pending.signedAt} 申请从您的公积金账户 {pending.accountNo} 按月扣划贷款 {pending.loanNo}{" "}
        的月供。确认后生效，您可随时要求借款人撤销。
      </p>
      <FormMessage id={`confirm-${pending.id}-error`} message={state.formError ?? Object.values(state.fieldErrors ?? {}).flat()[0]} />
      <div className="max-w-xs">
        <SubmitButton pendingText="确认中…">本人确认同意扣划</SubmitButton>
      </div>
    </form>
  );
}

/** At the window: the spouse is present with their ID card; the teller confirms for them. */
export function WindowSpouseConfirmForm({ confirmSpouseAtWindowAction }: { confirmSpouseAtWindowAction: FormAction<SpouseConfirmState> }) {
  const [state, action] = useActionState(confirmSpouseAtWindowAction, {});
  const formId = "spouse-confirm";
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <TextField formId={formId} name="loanNo" label="贷款编号" errors={errors.loanNo} defaultValue={state.values?.loanNo ?? ""} />
      <TextField
        formId={formId}
        name="spouseIdNumber"
        label="配偶身份证号（核验身份证原件）"
        errors={errors.spouseIdNumber}
        defaultValue={state.values?.spouseIdNumber ?? ""}
      />
      <div>
        <SubmitButton pendingText="确认中…">配偶当面确认</SubmitButton>
      </div>
      <div className="sm:col-span-3">
        <FormMessage id={`${formId}-error`} message={state.formError} />
        {state.confirmedLoanNo ? (
          <p role="status" className="text-sm text-emerald-700">
            贷款 {state.confirmedLoanNo} 的配偶账户委托扣划已确认生效。
          </p>
        ) : null}
      </div>
    </form>
  );
}
