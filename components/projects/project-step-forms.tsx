"use client";

import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { CONSTRUCTION_STATUSES, CONSTRUCTION_STATUS_LABELS } from "@/lib/projects/labels";
import { ProjectForm, TextArea, type ProjectFormAction } from "@/components/projects/project-form-kit";

type Step = { action: ProjectFormAction; project: { id: string; version: number }; today: string };

/** 登记准入申请: the developer's application, dated. */
export function ApplyForm({ action, project, today }: Step) {
  const F = "apply";
  return (
    <ProjectForm id={F} action={action} project={project} submitLabel="登记准入申请" pendingText="登记中…">
      {({ values: v, errors: e }) => (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField
            formId={F}
            name="appliedOn"
            label="申请日期"
            type="date"
            max={today}
            defaultValue={v.appliedOn ?? today}
            errors={e.appliedOn}
          />
          <TextField
            formId={F}
            name="applicantName"
            label="申请经办人（开发商）"
            defaultValue={v.applicantName ?? ""}
            errors={e.applicantName}
          />
          <div className="sm:col-span-2">
            <TextArea formId={F} name="note" label="备注（可选）" rows={2} defaultValue={v.note ?? ""} errors={e.note} />
          </div>
        </div>
      )}
    </ProjectForm>
  );
}

/** 现场签订准入协议: signing date and place, the developer's signatory. */
export function AdmitForm({ action, project, today, defaultPlace }: Step & { defaultPlace: string }) {
  const F = "admit";
  return (
    <ProjectForm id={F} action={action} project={project} submitLabel="签订准入协议并准入" pendingText="签约中…">
      {({ values: v, errors: e }) => (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField
            formId={F}
            name="agreementSignedOn"
            label="签约日期"
            type="date"
            max={today}
            defaultValue={v.agreementSignedOn ?? today}
            errors={e.agreementSignedOn}
          />
          <TextField
            formId={F}
            name="agreementPlace"
            label="签约地点（现场）"
            defaultValue={v.agreementPlace ?? defaultPlace}
            errors={e.agreementPlace}
          />
          <TextField
            formId={F}
            name="developerSignatory"
            label="开发商签约代表"
            defaultValue={v.developerSignatory ?? ""}
            errors={e.developerSignatory}
          />
          <TextField formId={F} name="note" label="备注（可选）" defaultValue={v.note ?? ""} errors={e.note} />
        </div>
      )}
    </ProjectForm>
  );
}

/** 不予准入 / 暂停准入: a reason is required. */
export function ReasonForm({
  action,
  project,
  id,
  label,
  submitLabel,
}: Omit<Step, "today"> & { id: string; label: string; submitLabel: string }) {
  return (
    <ProjectForm id={id} action={action} project={project} submitLabel={submitLabel} pendingText="提交中…">
      {({ values: v, errors: e }) => (
        <TextArea formId={id} name="reason" label={label} rows={2} defaultValue={v.reason ?? ""} errors={e.reason} />
      )}
    </ProjectForm>
  );
}

/** 登记建设进度: status as of a date, with a note (required going backwards or unchanged). */
export function ConstructionForm({ action, project, today, current }: Step & { current: string }) {
  const F = "construction";
  return (
    <ProjectForm id={F} action={action} project={project} submitLabel="登记建设进度" pendingText="登记中…">
      {({ values: v, errors: e }) => (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <SelectField
            formId={F}
            name="status"
            label="建设状态"
            defaultValue={v.status ?? current}
            options={CONSTRUCTION_STATUSES.map((s) => ({ value: s, label: CONSTRUCTION_STATUS_LABELS[s] }))}
            errors={e.status}
          />
          <TextField formId={F} name="asOf" label="状态日期" type="date" max={today} defaultValue={v.asOf ?? today} errors={e.asOf} />
          <div className="sm:col-span-2">
            <TextArea
              formId={F}
              name="note"
              label="进度说明（状态倒退或不变时必填）"
              rows={2}
              defaultValue={v.note ?? ""}
              errors={e.note}
            />
          </div>
        </div>
      )}
    </ProjectForm>
  );
}
