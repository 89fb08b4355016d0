"use client";

import type { DoneFormState, FormAction } from "@/lib/action-state";
import { MARITAL_STATUS_LABELS } from "@/lib/accounts/labels";
import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { RecordForm } from "@/components/forms/record-form";

type Action = FormAction<DoneFormState>;
export type StaffOption = { accountId: string; label: string };

const grid = "grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3";

/** 增员: ID number, name, phone, marital status (for a person new to the fund), base, first day. */
export function HireForm({ action, employerId, today }: { action: Action; employerId?: string; today: string }) {
  const F = "hire";
  return (
    <RecordForm id={F} action={action} hidden={employerId ? { employerId } : {}} submitLabel="办理增员" pendingText="办理中…">
      {({ values: v, errors: e }) => (
        <div className={grid}>
          <TextField
            formId={F}
            name="idNumber"
            label="身份证号"
            maxLength={18}
            autoComplete="off"
            defaultValue={v.idNumber ?? ""}
            errors={e.idNumber}
          />
          <TextField formId={F} name="name" label="姓名" autoComplete="off" defaultValue={v.name ?? ""} errors={e.name} />
          <TextField formId={F} name="phone" label="手机号码" inputMode="tel" defaultValue={v.phone ?? ""} errors={e.phone} />
          <SelectField
            formId={F}
            name="maritalStatus"
            label="婚姻状况"
            defaultValue={v.maritalStatus ?? "SINGLE"}
            options={Object.entries(MARITAL_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
            hint="首次开户时登记"
            errors={e.maritalStatus}
          />
          <TextField formId={F} name="base" label="缴存基数（元）" inputMode="decimal" defaultValue={v.base ?? ""} errors={e.base} />
          <TextField
            formId={F}
            name="hiredOn"
            label="入职日期"
            type="date"
            max={today}
            defaultValue={v.hiredOn ?? today}
            errors={e.hiredOn}
          />
        </div>
      )}
    </RecordForm>
  );
}

/** 减员: the leaver, the last day of work and the reason; sealed at the month end. */
export function LeaveForm({
  action,
  employerId,
  staff,
  today,
}: {
  action: Action;
  employerId?: string;
  staff: StaffOption[];
  today: string;
}) {
  const F = "leave";
  return (
    <RecordForm id={F} action={action} hidden={employerId ? { employerId } : {}} submitLabel="登记减员" pendingText="登记中…">
      {({ values: v, errors: e }) => (
        <div className={grid}>
          <SelectField
            formId={F}
            name="accountId"
            label="减员职工"
            defaultValue={v.accountId ?? ""}
            options={[{ value: "", label: "请选择" }, ...staff.map((s) => ({ value: s.accountId, label: s.label }))]}
            errors={e.accountId}
          />
          <TextField formId={F} name="leftOn" label="离职日期" type="date" defaultValue={v.leftOn ?? today} errors={e.leftOn} />
          <TextField formId={F} name="reason" label="减员原因" defaultValue={v.reason ?? ""} errors={e.reason} />
        </div>
      )}
    </RecordForm>
  );
}

/** 封存 / 启封 at once, with a reason. */
export function SealForm({ action, employerId, staff }: { action: Action; employerId?: string; staff: StaffOption[] }) {
  const F = "seal";
  return (
    <RecordForm id={F} action={action} hidden={employerId ? { employerId } : {}} submitLabel="提交" pendingText="办理中…">
      {({ values: v, errors: e }) => (
        <div className={grid}>
          <SelectField
            formId={F}
            name="accountId"
            label="职工"
            defaultValue={v.accountId ?? ""}
            options={[{ value: "", label: "请选择" }, ...staff.map((s) => ({ value: s.accountId, label: s.label }))]}
            errors={e.accountId}
          />
          <SelectField
            formId={F}
            name="action"
            label="办理事项"
            defaultValue={v.action ?? "seal"}
            options={[
              { value: "seal", label: "封存" },
              { value: "unseal", label: "启封" },
            ]}
            errors={e.action}
          />
          <TextField formId={F} name="reason" label="原因" defaultValue={v.reason ?? ""} errors={e.reason} />
        </div>
      )}
    </RecordForm>
  );
}

/** 撤销减员: a leave recorded by mistake, cancelled before its month-end seal, with a reason. */
export function CancelLeaveForm({
  action,
  employerId,
  leaves,
}: {
  action: Action;
  employerId?: string;
  leaves: { staffChangeId: string; label: string }[];
}) {
  const F = "cancel-leave";
  return (
    <RecordForm id={F} action={action} hidden={employerId ? { employerId } : {}} submitLabel="撤销减员" pendingText="撤销中…">
      {({ values: v, errors: e }) => (
        <div className={grid}>
          <SelectField
            formId={F}
            name="staffChangeId"
            label="待封存的减员登记"
            defaultValue={v.staffChangeId ?? ""}
            options={[{ value: "", label: "请选择" }, ...leaves.map((l) => ({ value: l.staffChangeId, label: l.label }))]}
            errors={e.staffChangeId}
          />
          <TextField formId={F} name="reason" label="撤销原因" defaultValue={v.reason ?? ""} errors={e.reason} />
        </div>
      )}
    </RecordForm>
  );
}
