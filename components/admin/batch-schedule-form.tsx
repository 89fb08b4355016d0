"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, DoneFormState } from "@/lib/action-state";

type BatchScheduleState = DoneFormState;

/** The daily batch's scheduled time (HH:MM, Asia/Shanghai), set by an ADMIN. */
export function BatchScheduleForm({
  time,
  saveBatchScheduleAction,
}: {
  time: string;
  saveBatchScheduleAction: FormAction<BatchScheduleState>;
}) {
  const [state, action] = useActionState<BatchScheduleState, FormData>(saveBatchScheduleAction, {});
  return (
    <form id="schedule" action={action} noValidate className="space-y-3">
      <FormMessage id="schedule-error" message={state.formError} />
      <div className="flex flex-wrap items-end gap-4">
        <div className="w-56">
          <TextField
            formId="schedule"
            name="time"
            label="每日执行时间（北京时间）"
            inputMode="numeric"
            placeholder="01:00"
            defaultValue={state.values?.time ?? time}
            errors={state.fieldErrors?.time}
          />
        </div>
        <div className="w-32">
          <SubmitButton pendingText="保存中…">保存时间</SubmitButton>
        </div>
      </div>
      {state.done ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {state.done}
        </p>
      ) : null}
    </form>
  );
}
