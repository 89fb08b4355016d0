"use client";

import { useActionState } from "react";
import { EMPTY_FORM_STATE, type FormAction } from "@/lib/action-state";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

const FORM = "guarantor";

/** 添加担保人联系方式. */
export function GuarantorForm({ caseId, addGuarantorAction }: { caseId: string; addGuarantorAction: FormAction }) {
  const [state, action] = useActionState(addGuarantorAction, EMPTY_FORM_STATE);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form id={FORM} action={action} noValidate className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormMessage id={`${FORM}-error`} message={state.formError} />
      </div>
      <input type="hidden" name="caseId" value={caseId} />
      <TextField formId={FORM} name="name" label="担保人姓名" defaultValue={v.name ?? ""} errors={e.name} required />
      <TextField formId={FORM} name="phone" label="担保人电话" inputMode="tel" defaultValue={v.phone ?? ""} errors={e.phone} required />
      <TextField
        formId={FORM}
        name="relation"
        label="与借款人关系"
        placeholder="如：父亲、朋友、保证单位"
        defaultValue={v.relation ?? ""}
        errors={e.relation}
        required
      />
      <TextField formId={FORM} name="address" label="联系地址（可不填）" defaultValue={v.address ?? ""} errors={e.address} />
      <div className="sm:col-span-2 sm:w-48">
        <SubmitButton pendingText="添加中…">添加担保人</SubmitButton>
      </div>
    </form>
  );
}
