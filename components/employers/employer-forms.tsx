"use client";

import type { DoneFormState, FormAction } from "@/lib/action-state";
import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { RecordForm } from "@/components/forms/record-form";

type Action = FormAction<DoneFormState>;
const grid = "grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3";

/** The employer's and the employees' rates, each labelled with the bounds in force. */
function RatePairFields({
  formId,
  bounds,
  values,
  errors,
  initial,
}: {
  formId: string;
  bounds: string;
  values: Record<string, string | undefined>;
  errors: Record<string, string[] | undefined>;
  initial: string;
}) {
  return (
    <>
      {(
        [
          ["employerRate", "单位缴存比例"],
          ["personalRate", "个人缴存比例"],
        ] as const
      ).map(([name, label]) => (
        <TextField
          key={name}
          formId={formId}
          name={name}
          label={`${label}（%，${bounds}）`}
          inputMode="decimal"
          defaultValue={values[name] ?? initial}
          errors={errors[name]}
        />
      ))}
    </>
  );
}

/** 单位开户: credit code, name, address, phone and the rate pair (bounds shown). */
export function RegisterEmployerForm({ action, bounds }: { action: Action; bounds: string }) {
  const F = "register-employer";
  return (
    <RecordForm id={F} action={action} submitLabel="单位开户" pendingText="开户中…">
      {({ values: v, errors: e }) => (
        <div className={grid}>
          <TextField
            formId={F}
            name="creditCode"
            label="统一社会信用代码"
            maxLength={18}
            autoComplete="off"
            defaultValue={v.creditCode ?? ""}
            errors={e.creditCode}
          />
          <TextField formId={F} name="name" label="单位名称" defaultValue={v.name ?? ""} errors={e.name} />
          <TextField
            formId={F}
            name="contactPhone"
            label="联系电话"
            inputMode="tel"
            defaultValue={v.contactPhone ?? ""}
            errors={e.contactPhone}
          />
          <div className="sm:col-span-2 lg:col-span-3">
            <TextField formId={F} name="address" label="单位地址" defaultValue={v.address ?? ""} errors={e.address} />
          </div>
          <RatePairFields formId={F} bounds={bounds} values={v} errors={e} initial="12" />
        </div>
      )}
    </RecordForm>
  );
}

/** 单位信息变更: name, address, phone. */
export function UpdateEmployerForm({
  action,
  employer,
}: {
  action: Action;
  employer: { id: string; name: string; address: string; contactPhone: string };
}) {
  const F = "update-employer";
  return (
    <RecordForm id={F} action={action} hidden={{ employerId: employer.id }} submitLabel="保存变更" pendingText="保存中…">
      {({ values: v, errors: e }) => (
        <div className={grid}>
          <TextField formId={F} name="name" label="单位名称" defaultValue={v.name ?? employer.name} errors={e.name} />
          <TextField
            formId={F}
            name="contactPhone"
            label="联系电话"
            defaultValue={v.contactPhone ?? employer.contactPhone}
            errors={e.contactPhone}
          />
          <TextField formId={F} name="address" label="单位地址" defaultValue={v.address ?? employer.address} errors={e.address} />
        </div>
      )}
    </RecordForm>
  );
}

/** 缴存比例调整 (takes effect after a second person's approval). */
export function RateChangeForm({
  action,
  employerId,
  years,
  bounds,
}: {
  action: Action;
  employerId: string;
  years: { current: string; next: string };
  bounds: string;
}) {
  const F = "rate-change";
  return (
    <RecordForm id={F} action={action} hidden={{ employerId }} submitLabel="提交比例调整" pendingText="提交中…">
      {({ values: v, errors: e }) => (
        <div className={grid}>
          <SelectField
            formId={F}
            name="year"
            label="缴存年度"
            defaultValue={v.year ?? "current"}
            options={[
              { value: "current", label: `本年度（${years.current}）` },
              { value: "next", label: `下一年度（${years.next}）` },
            ]}
            errors={e.year ?? e.yearStart}
          />
          <RatePairFields formId={F} bounds={bounds} values={v} errors={e} initial="" />
          <div className="sm:col-span-2 lg:col-span-3">
            <TextField formId={F} name="reason" label="调整原因" defaultValue={v.reason ?? ""} errors={e.reason} />
          </div>
        </div>
      )}
    </RecordForm>
  );
}

/** The second person's decision on a pending rate change. */
export function RateDecisionForm({ action, employerId, rateChangeId }: { action: Action; employerId: string; rateChangeId: string }) {
  const F = `rate-decision-${rateChangeId}`;
  return (
    <RecordForm id={F} action={action} hidden={{ employerId, rateChangeId }} submitLabel="提交复核" pendingText="提交中…">
      {({ errors: e }) => (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <SelectField
            formId={F}
            name="decision"
            label="复核结果"
            defaultValue="approve"
            options={[
              { value: "approve", label: "同意，立即生效" },
              { value: "reject", label: "退回" },
            ]}
            errors={e.decision}
          />
          <TextField formId={F} name="note" label="复核意见（可选）" errors={e.note} />
        </div>
      )}
    </RecordForm>
  );
}

/** 经办人开通: login name and name; the initial password is generated and shown once. */
export function CreateAgentForm({ action, employerId }: { action: Action; employerId: string }) {
  const F = "create-agent";
  return (
    <RecordForm id={F} action={action} hidden={{ employerId }} submitLabel="开通经办人账号" pendingText="开通中…">
      {({ values: v, errors: e }) => (
        <div className={grid}>
          <TextField formId={F} name="loginName" label="登录名" autoComplete="off" defaultValue={v.loginName ?? ""} errors={e.loginName} />
          <TextField formId={F} name="displayName" label="经办人姓名" defaultValue={v.displayName ?? ""} errors={e.displayName} />
        </div>
      )}
    </RecordForm>
  );
}
