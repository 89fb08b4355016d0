"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { SCORES } from "@/components/followups/rating-form";
import { errorIdFor, type DoneFormState, type FormAction } from "@/lib/action-state";

const FORM_ID = "kiosk-rating";

/** 好差评 at the hall kiosk: the visit found by today's ticket number and the ID number's last 6 characters. */
export function KioskRatingForm({ rateVisitAction }: { rateVisitAction: FormAction<DoneFormState> }) {
  const [state, action] = useActionState<DoneFormState, FormData>(rateVisitAction, {});
  const v = state.values;
  const scoreError = state.fieldErrors?.score;
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
      <fieldset aria-describedby={scoreError ? errorIdFor(FORM_ID, "score") : undefined}>
        <legend className="text-sm font-medium text-slate-700">满意度</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
          {SCORES.map((s) => (
            <label key={s.value} className="flex min-h-11 items-center gap-1.5 text-base">
              <input type="radio" name="score" value={s.value} defaultChecked={v?.score === s.value} />
              {s.label}
            </label>
          ))}
        </div>
        <FieldError id={errorIdFor(FORM_ID, "score")} errors={scoreError} />
      </fieldset>
      <div>
        <label htmlFor={`${FORM_ID}-comment`} className="block text-sm font-medium text-slate-700">
          意见建议（选填）
        </label>
        <textarea
          id={`${FORM_ID}-comment`}
          name="comment"
          rows={2}
          maxLength={200}
          defaultValue={v?.comment ?? ""}
          aria-invalid={state.fieldErrors?.comment ? true : undefined}
          aria-describedby={state.fieldErrors?.comment ? errorIdFor(FORM_ID, "comment") : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-slate-900 shadow-sm"
        />
        <FieldError id={errorIdFor(FORM_ID, "comment")} errors={state.fieldErrors?.comment} />
      </div>
      <div className="sm:w-48">
        <SubmitButton pendingText="提交中…">提交评价</SubmitButton>
      </div>
    </form>
  );
}
