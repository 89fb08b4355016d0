"use client";

import { useActionState } from "react";
import { EMPTY_FORM_STATE, errorIdFor, type FormAction } from "@/lib/action-state";
import { CONTACT_KIND_LABELS, CONTACT_KINDS, CONTACT_PARTIES } from "@/lib/collections/labels";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

const FORM = "contact";

/**
 * 登记联系记录: how, when and whom the collector reached, the outcome, and any promise to pay.
 * `nowLocal` ("2026-11-26T14:30", Shanghai) and `today` come from the server so the defaults and
 * limits match its clock; the server checks them again.
 */
export function ContactForm({
  caseId,
  nowLocal,
  today,
  logContactAction,
}: {
  caseId: string;
  nowLocal: string;
  today: string;
  logContactAction: FormAction;
}) {
  const [state, action] = useActionState(logContactAction, EMPTY_FORM_STATE);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form id={FORM} action={action} noValidate className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormMessage id={`${FORM}-error`} message={state.formError} />
      </div>
      <input type="hidden" name="caseId" value={caseId} />
      <SelectField
        formId={FORM}
        name="kind"
        label="联系方式"
        defaultValue={v.kind ?? "PHONE_CALL"}
        errors={e.kind}
        options={CONTACT_KINDS.map((k) => ({ value: k, label: CONTACT_KIND_LABELS[k] }))}
      />
      <TextField
        formId={FORM}
        name="contactedAt"
        label="联系时间"
        type="datetime-local"
        max={nowLocal}
        defaultValue={v.contactedAt ?? nowLocal}
        errors={e.contactedAt}
        required
      />
      <SelectField
        formId={FORM}
        name="party"
        label="联系对象"
        defaultValue={v.party ?? "借款人"}
        errors={e.party}
        options={CONTACT_PARTIES.map((p) => ({ value: p, label: p }))}
      />
      <TextField
        formId={FORM}
        name="outcome"
        label="联系结果"
        placeholder="如：本人接听，承诺月底前还款"
        defaultValue={v.outcome ?? ""}
        errors={e.outcome}
        required
        maxLength={200}
      />
      <TextField
        formId={FORM}
        name="promisedAmount"
        label="承诺还款金额（元，可不填）"
        inputMode="decimal"
        defaultValue={v.promisedAmount ?? ""}
        errors={e.promisedAmount}
      />
      <TextField
        formId={FORM}
        name="promisedDate"
        label="承诺还款日期（可不填）"
        type="date"
        min={today}
        defaultValue={v.promisedDate ?? ""}
        errors={e.promisedDate}
      />
      <div className="sm:col-span-2">
        <label htmlFor={`${FORM}-note`} className="block text-sm font-medium text-slate-700">
          备注
        </label>
        <textarea
          id={`${FORM}-note`}
          name="note"
          rows={2}
          maxLength={500}
          defaultValue={v.note ?? ""}
          aria-invalid={e.note?.length ? true : undefined}
          aria-describedby={e.note?.length ? errorIdFor(FORM, "note") : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-slate-900 shadow-sm focus:border-sky-600 focus:outline-none focus:ring-1 focus:ring-sky-600"
        />
        <FieldError id={errorIdFor(FORM, "note")} errors={e.note} />
      </div>
      <div className="sm:col-span-2 sm:w-48">
        <SubmitButton pendingText="登记中…">登记联系记录</SubmitButton>
      </div>
    </form>
  );
}
