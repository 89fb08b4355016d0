"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorIdFor, type DoneFormState, type FormAction } from "@/lib/action-state";

/** The supervisor closes a follow-up task with a reply (the citizen sees a bad rating's reply). */
export function ReplyForm({ taskId, replyAction }: { taskId: string; replyAction: FormAction<DoneFormState> }) {
  const [state, action] = useActionState<DoneFormState, FormData>(replyAction, {});
  const formId = "reply";
  const errors = state.fieldErrors?.reply;
  return (
    <form id={formId} action={action} noValidate className="space-y-3">
      <input type="hidden" name="taskId" value={taskId} />
      <FormMessage id="reply-error" message={state.formError} />
      <div>
        <label htmlFor="reply-reply" className="block text-sm font-medium text-slate-700">
          处理结果（回复市民）
        </label>
        <textarea
          id="reply-reply"
          name="reply"
          rows={4}
          maxLength={500}
          defaultValue={state.values?.reply ?? ""}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? errorIdFor(formId, "reply") : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-slate-900 shadow-sm"
        />
        <FieldError id={errorIdFor(formId, "reply")} errors={errors} />
      </div>
      <div className="sm:w-48">
        <SubmitButton pendingText="提交中…">回复并办结</SubmitButton>
      </div>
    </form>
  );
}

/** One button: escalate every SLA breach into the supervisors' queue (idempotent). */
export function EscalateButton({ escalateAction }: { escalateAction: FormAction<DoneFormState> }) {
  const [state, action] = useActionState<DoneFormState, FormData>(escalateAction, {});
  return (
    <form action={action} className="space-y-2">
      <FormMessage id="escalate-error" message={state.formError} />
      {state.done ? (
        <p role="status" className="text-sm text-emerald-900">
          {state.done}
        </p>
      ) : null}
      <div className="sm:w-56">
        <SubmitButton pendingText="检查中…">检查超时办件并督办</SubmitButton>
      </div>
    </form>
  );
}
