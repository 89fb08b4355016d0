"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { RatingFields } from "@/components/followups/rating-form";
import type { DoneFormState, FormAction } from "@/lib/action-state";

const FORM_ID = "kiosk-rating";

/** 好差评 at the hall kiosk: the visit found by today's ticket number and the ID number's last 6 characters. */
export function KioskRatingForm({ rateVisitAction }: { rateVisitAction: FormAction<DoneFormState> }) {
  const [state, action] = useActionState<DoneFormState, FormData>(rateVisitAction, {});
  const v = state.values;
  if (state.done) {
    return (
      <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-base text-emerald-900">
        {state.done}
      </p>
    );
  }
  return (
    <form id={FORM_ID} action={action} noValidate className="space-y-4" aria-label="评价本次办理">
      <FormMessage id={`${FORM_ID}-error`} message={state.formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          formId={FORM_ID}
          name="ticketNo"
          label="号票号码"
          placeholder="如 A007"
          autoComplete="off"
          defaultValue={v?.ticketNo}
          errors={state.fieldErrors?.ticketNo}
        />
        <TextField
          formId={FORM_ID}
          name="idSuffix"
          label="身份证件号码后6位"
          autoComplete="off"
          maxLength={6}
          defaultValue={v?.idSuffix}
          errors={state.fieldErrors?.idSuffix}
        />
      </div>
      <RatingFields formId={FORM_ID} state={state} textSize="text-base" />
      <div className="sm:w-48">
        <SubmitButton pendingText="提交中…">提交评价</SubmitButton>
      </div>
    </form>
  );
}
