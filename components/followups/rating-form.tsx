"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorIdFor, type DoneFormState, type FormAction } from "@/lib/action-state";
import { RATING_COMMENT_MAX } from "@/lib/followups/rules";

export const SCORES: { value: string; label: string }[] = [
  { value: "5", label: "5分 非常满意" },
  { value: "4", label: "4分 满意" },
  { value: "3", label: "3分 基本满意" },
  { value: "2", label: "2分 不满意" },
  { value: "1", label: "1分 非常不满意" },
];

/**
 * The score (1–5, large enough for a thumb) and the optional comment, with their errors: the same
 * questions online and at the hall kiosk. The comment's limit is the one the rating rule keeps.
 */
export function RatingFields({
  formId,
  state,
  textSize = "text-sm",
}: {
  formId: string;
  state: DoneFormState;
  textSize?: "text-sm" | "text-base";
}) {
  const scoreError = state.fieldErrors?.score;
  const commentError = state.fieldErrors?.comment;
  return (
    <>
      <fieldset aria-describedby={scoreError ? errorIdFor(formId, "score") : undefined}>
        <legend className="text-sm font-medium text-slate-700">满意度</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
          {SCORES.map((s) => (
            <label key={s.value} className={`flex min-h-11 items-center gap-1.5 ${textSize}`}>
              <input type="radio" name="score" value={s.value} defaultChecked={state.values?.score === s.value} />
              {s.label}
            </label>
          ))}
        </div>
        <FieldError id={errorIdFor(formId, "score")} errors={scoreError} />
      </fieldset>
      <div>
        <label htmlFor={`${formId}-comment`} className="block text-sm font-medium text-slate-700">
          意见建议（选填）
        </label>
        <textarea
          id={`${formId}-comment`}
          name="comment"
          rows={2}
          maxLength={RATING_COMMENT_MAX}
          defaultValue={state.values?.comment ?? ""}
          aria-invalid={commentError ? true : undefined}
          aria-describedby={commentError ? errorIdFor(formId, "comment") : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-slate-900 shadow-sm"
        />
        <FieldError id={errorIdFor(formId, "comment")} errors={commentError} />
      </div>
    </>
  );
}

/** 好差评 for one closed case: a score 1–5 (radio group) and an optional comment. */
export function RatingForm({ caseId, caseNo, rateAction }: { caseId: string; caseNo: string; rateAction: FormAction<DoneFormState> }) {
  const [state, action] = useActionState<DoneFormState, FormData>(rateAction, {});
  const formId = `rate-${caseId}`;
  if (state.done) {
    return (
      <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        {state.done}
      </p>
    );
  }
  return (
    <form id={formId} action={action} noValidate className="space-y-3" aria-label={`评价办件 ${caseNo}`}>
      <input type="hidden" name="caseId" value={caseId} />
      <FormMessage id={`${formId}-error`} message={state.formError} />
      <RatingFields formId={formId} state={state} />
      <div className="sm:w-40">
        <SubmitButton pendingText="提交中…">提交评价</SubmitButton>
      </div>
    </form>
  );
}
