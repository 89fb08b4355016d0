"use client";

import type { DoneFormState, FormAction } from "@/lib/action-state";
import { TextField } from "@/components/forms/text-field";
import { RecordForm } from "@/components/forms/record-form";

/** Runs the month-end seal of leavers up to a date (default: the last month end). */
export function MonthEndForm({ action, suggested, today }: { action: FormAction<DoneFormState>; suggested: string; today: string }) {
  const F = "month-end";
  return (
    <RecordForm id={F} action={action} submitLabel="执行月末封存" pendingText="执行中…">
      {({ values: v, errors: e }) => (
        <div className="max-w-xs">
          <TextField
            formId={F}
            name="businessDate"
            label="封存截至日期"
            type="date"
            max={today}
            defaultValue={v.businessDate ?? suggested}
            errors={e.businessDate}
          />
        </div>
      )}
    </RecordForm>
  );
}
