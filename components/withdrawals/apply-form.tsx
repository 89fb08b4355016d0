"use client";

import { useActionState, useState } from "react";
import { EMPTY_FORM_STATE, errorIdFor, type FormState } from "@/lib/action-state";
import { CLAIM_LABELS, REASON_CODES, REASON_RULES, type ReasonCode } from "@/lib/withdrawals/reasons";
import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { FactFields } from "@/components/withdrawals/fact-fields";
import { PresenceFields } from "@/components/withdrawals/presence-fields";

const FORM_ID = "withdrawal-apply";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  idempotencyKey: string;
  /** The applicant's balance (online), or null at the window where the teller types the ID number. */
  balance: string | null;
};

/**
 * The application, shared by the portal and the window: the reason decides which amounts, which
 * anti-fraud facts (certificate and invoice for a purchase, hospital record for an illness) and
 * which documents the form asks for. A fraud refusal shows its reason at the top and at the fields.
 */
export function WithdrawalApplyForm({ action: submit, idempotencyKey, balance }: Props) {
  const [state, action] = useActionState(submit, EMPTY_FORM_STATE);
  const [reason, setReason] = useState<ReasonCode>((state.values?.reasonCode as ReasonCode) ?? "07");
  const rule = REASON_RULES[reason];
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form id={FORM_ID} action={action} noValidate className="max-w-xl space-y-4">
      <FormMessage id={`${FORM_ID}-error`} message={state.formError} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {balance === null ? (
        <>
          <TextField
            formId={FORM_ID}
            name="idNumber"
            label="申请人身份证号"
            maxLength={18}
            required
            defaultValue={v.idNumber ?? ""}
            errors={e.idNumber}
          />
          <PresenceFields formId={FORM_ID} values={v} errors={e} />
        </>
      ) : null}
      <SelectField
        formId={FORM_ID}
        name="reasonCode"
        label="提取原因"
        value={reason}
        onChange={(ev) => setReason(ev.target.value as ReasonCode)}
        options={REASON_CODES.map((c) => ({ value: c, label: `${c} ${REASON_RULES[c].label}` }))}
        hint={rule.closesAccount ? `该原因须一次提取全部余额${balance ? ` ${balance}` : ""}并销户` : undefined}
        errors={e.reasonCode}
      />
      {rule.claimFields.map((f) => (
        <TextField
          key={`${reason}-${f}`}
          formId={FORM_ID}
          name={f}
          label={CLAIM_LABELS[f]}
          inputMode="decimal"
          defaultValue={v[f] ?? ""}
          errors={e[f]}
        />
      ))}
      <FactFields formId={FORM_ID} rule={rule} values={v} errors={e} />
      <TextField
        formId={FORM_ID}
        name="amount"
        label="提取金额（元）"
        inputMode="decimal"
        required
        defaultValue={v.amount ?? ""}
        errors={e.amount}
      />
      <TextField formId={FORM_ID} name="bankName" label="收款开户银行" required defaultValue={v.bankName ?? ""} errors={e.bankName} />
      <TextField
        formId={FORM_ID}
        name="bankAccount"
        label="收款银行卡号（本人）"
        inputMode="numeric"
        required
        defaultValue={v.bankAccount ?? ""}
        errors={e.bankAccount}
      />
      <fieldset className="space-y-2" aria-describedby={e.documents?.length ? errorIdFor(FORM_ID, "documents") : undefined}>
        <legend className="text-sm font-medium text-slate-700">申请材料（PDF、JPEG 或 PNG，每份不超过 5 MB）</legend>
        {rule.documents.map((d) => (
          <div key={`${reason}-${d.kind}`}>
            <label htmlFor={`${FORM_ID}-doc_${d.kind}`} className="block text-sm text-slate-700">
              {d.label}
            </label>
            <input
              id={`${FORM_ID}-doc_${d.kind}`}
              name={`doc_${d.kind}`}
              type="file"
              accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
              className="mt-1 block w-full text-sm"
            />
            <FieldError id={errorIdFor(FORM_ID, `doc_${d.kind}`)} errors={e[`doc_${d.kind}`]} />
          </div>
        ))}
        <FieldError id={errorIdFor(FORM_ID, "documents")} errors={e.documents} />
      </fieldset>
      <SubmitButton pendingText="正在提交…">提交提取申请</SubmitButton>
    </form>
  );
}
