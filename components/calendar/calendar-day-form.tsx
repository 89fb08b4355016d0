"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { DoneFormState, FormAction } from "@/lib/action-state";

/** ADMIN adds one day to the working-day calendar: a holiday on a weekday, or a make-up working day. */
export function CalendarDayForm({ addAction }: { addAction: FormAction<DoneFormState> }) {
  const [state, action] = useActionState<DoneFormState, FormData>(addAction, {});
  return (
    <form id="calendar-add" action={action} noValidate className="space-y-4">
      <FormMessage id="calendar-add-error" message={state.formError} />
      {state.done ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {state.done}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-4 sm:items-end">
        <TextField
          formId="calendar-add"
          name="date"
          label="日期"
          type="date"
          defaultValue={state.values?.date ?? ""}
          errors={state.fieldErrors?.date}
        />
        <SelectField
          formId="calendar-add"
          name="kind"
          label="类型"
          defaultValue={state.values?.kind ?? "HOLIDAY"}
          errors={state.fieldErrors?.kind}
          options={[
            { value: "HOLIDAY", label: "放假（周一至周五）" },
            { value: "WORKDAY", label: "调休上班（周六、周日）" },
          ]}
        />
        <TextField
          formId="calendar-add"
          name="name"
          label="节日名称"
          placeholder="如：国庆节"
          defaultValue={state.values?.name ?? ""}
          errors={state.fieldErrors?.name}
        />
        <SubmitButton pendingText="保存中…">加入日历</SubmitButton>
      </div>
    </form>
  );
}

/** One button that removes a day from the calendar; its error shows beside it. */
export function RemoveCalendarDayButton({
  date,
  label,
  removeAction,
}: {
  date: string;
  label: string;
  removeAction: FormAction<DoneFormState>;
}) {
  const [state, action] = useActionState<DoneFormState, FormData>(removeAction, {});
  return (
    <form action={action} className="inline">
      <input type="hidden" name="date" value={date} />
      <button type="submit" className="text-sm text-red-700 underline" aria-label={`删除 ${date} ${label}`}>
        删除
      </button>
      {state.formError || state.fieldErrors?.date ? (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {state.formError ?? state.fieldErrors?.date?.join("；")}
        </span>
      ) : null}
    </form>
  );
}
