"use client";

import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { CONSTRUCTION_STATUSES, CONSTRUCTION_STATUS_LABELS, DISTRICTS } from "@/lib/projects/labels";
import { ProjectForm, TextArea, type ProjectFormAction } from "@/components/projects/project-form-kit";

const F = "project";

/** 登记楼盘: developer, name, district, address, presale permit, status as of a date, buildings. */
export function NewProjectForm({
  action,
  developers,
  today,
}: {
  action: ProjectFormAction;
  developers: { value: string; label: string }[];
  today: string;
}) {
  return (
    <ProjectForm id={F} action={action} submitLabel="登记楼盘" pendingText="登记中…">
      {({ values: v, errors: e }) => (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <SelectField
            formId={F}
            name="developerId"
            label="开发商"
            defaultValue={v.developerId ?? ""}
            options={[{ value: "", label: "请选择" }, ...developers]}
            errors={e.developerId}
          />
          <TextField formId={F} name="name" label="楼盘名称" defaultValue={v.name ?? ""} errors={e.name} />
          <SelectField
            formId={F}
            name="district"
            label="所在区"
            defaultValue={v.district ?? ""}
            options={[{ value: "", label: "请选择" }, ...DISTRICTS.map((d) => ({ value: d, label: d }))]}
            errors={e.district}
          />
          <TextField formId={F} name="address" label="项目坐落" defaultValue={v.address ?? ""} errors={e.address} />
          <TextField
            formId={F}
            name="presalePermitNo"
            label="预售许可证号（可后补）"
            defaultValue={v.presalePermitNo ?? ""}
            errors={e.presalePermitNo}
          />
          <SelectField
            formId={F}
            name="constructionStatus"
            label="建设状态"
            defaultValue={v.constructionStatus ?? "NOT_STARTED"}
            options={CONSTRUCTION_STATUSES.map((s) => ({ value: s, label: CONSTRUCTION_STATUS_LABELS[s] }))}
            errors={e.constructionStatus}
          />
          <TextField
            formId={F}
            name="statusAsOf"
            label="状态日期"
            type="date"
            max={today}
            defaultValue={v.statusAsOf ?? today}
            errors={e.statusAsOf}
          />
          <div className="sm:col-span-2">
            <TextArea
              formId={F}
              name="buildings"
              label="楼栋（每行：楼栋号 层数 户数）"
              rows={4}
              hint="如“1幢 18 72”，规划户数按各楼栋户数合计"
              defaultValue={v.buildings ?? ""}
              errors={e.buildings}
            />
          </div>
        </div>
      )}
    </ProjectForm>
  );
}
