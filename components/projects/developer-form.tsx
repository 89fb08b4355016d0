"use client";

import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { QUALIFICATION_LEVELS } from "@/lib/projects/labels";
import { ProjectForm, type ProjectFormAction } from "@/components/projects/project-form-kit";

const F = "developer";

/** 登记开发商: credit code, name, legal representative, qualification, contact, address. */
export function DeveloperForm({ action }: { action: ProjectFormAction }) {
  return (
    <ProjectForm id={F} action={action} submitLabel="登记开发商" pendingText="登记中…">
      {({ values: v, errors: e }) => (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField
            formId={F}
            name="creditCode"
            label="统一社会信用代码"
            maxLength={18}
            autoComplete="off"
            defaultValue={v.creditCode ?? ""}
            errors={e.creditCode}
          />
          <TextField formId={F} name="name" label="企业名称" defaultValue={v.name ?? ""} errors={e.name} />
          <TextField
            formId={F}
            name="legalRepresentative"
            label="法定代表人"
            defaultValue={v.legalRepresentative ?? ""}
            errors={e.legalRepresentative}
          />
          <SelectField
            formId={F}
            name="qualificationLevel"
            label="开发资质等级"
            defaultValue={v.qualificationLevel ?? "二级"}
            options={QUALIFICATION_LEVELS.map((l) => ({ value: l, label: l }))}
            errors={e.qualificationLevel}
          />
          <TextField formId={F} name="contactName" label="联系人" defaultValue={v.contactName ?? ""} errors={e.contactName} />
          <TextField
            formId={F}
            name="contactPhone"
            label="联系电话"
            inputMode="tel"
            defaultValue={v.contactPhone ?? ""}
            errors={e.contactPhone}
          />
          <div className="sm:col-span-2">
            <TextField formId={F} name="address" label="注册地址" defaultValue={v.address ?? ""} errors={e.address} />
          </div>
        </div>
      )}
    </ProjectForm>
  );
}
