"use client";

import { useActionState } from "react";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/action-state";
import { displayYuan } from "@/lib/money";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

const FORM_ID = "repay-online";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  idempotencyKey: string;
  /** Raw yuan strings: the suggested amount and the most that may be paid now. */
  suggested: string;
  dueNow: string;
  hasArrears: boolean;
};

/** 在线还款 (simulated payment): the amount defaults to everything due now (arrears and today's installment). */
export function RepayOnlineForm({ action: submit, idempotencyKey, suggested, dueNow, hasArrears }: Props) {
  const [state, action] = useActionState(submit, EMPTY_FORM_STATE);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form id={FORM_ID} action={action} noValidate className="max-w-xl space-y-4">
      <FormMessage id={`${FORM_ID}-error`} message={state.formError} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <p className="text-sm text-slate-600">
        {hasArrears ? "默认金额为全部逾期欠款（含罚息）及今日到期的月供，还清后逾期状态即时解除。" : "今日为还款日，默认金额为本期月供。"}
        本次最多可还 {displayYuan(dueNow)}（尚未到期的月供不能提前在此归还）；如需多还本金，请使用“提前还款”。
      </p>
      <TextField
        formId={FORM_ID}
        name="amount"
        label="还款金额（元）"
        inputMode="decimal"
        required
        defaultValue={v.amount ?? suggested}
        errors={e.amount}
      />
      <TextField
        formId={FORM_ID}
        name="cardAccount"
        label="付款银行卡号（选填；不填则通过网上支付平台付款）"
        inputMode="numeric"
        defaultValue={v.cardAccount ?? ""}
        errors={e.cardAccount}
      />
      <SubmitButton pendingText="正在支付…">确认还款</SubmitButton>
    </form>
  );
}
