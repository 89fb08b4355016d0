"use client";

import { errorIdFor } from "@/lib/action-state";
import { ADMISSION_CONDITIONS } from "@/lib/projects/conditions";
import { conditionField, conditionNoteField } from "@/lib/projects/schemas";
import { TextField } from "@/components/forms/text-field";
import { FieldError } from "@/components/forms/field-error";
import { RadioChoice, RadioGroup } from "@/components/forms/radio-group";
import { ProjectForm, TextArea, type ProjectFormAction } from "@/components/projects/project-form-kit";

const F = "inspection";

/**
 * 现场查勘录入: date (not in the future), place, findings, every admission condition answered
 * (满足 / 不满足, with a note), the conclusion and 1–10 photos (JPEG/PNG, ≤ 5 MB each).
 * Nothing is preselected: the officer answers every line.
 */
export function InspectionForm({
  action,
  project,
  today,
  defaultLocation,
}: {
  action: ProjectFormAction;
  project: { id: string; version: number };
  today: string;
  defaultLocation: string;
}) {
  return (
    <ProjectForm id={F} action={action} project={project} submitLabel="保存查勘记录" pendingText="保存中…">
      {({ values: v, errors: e }) => (
        <>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <TextField
              formId={F}
              name="inspectedOn"
              label="查勘日期"
              type="date"
              max={today}
              defaultValue={v.inspectedOn ?? today}
              errors={e.inspectedOn}
            />
            <TextField formId={F} name="location" label="查勘地点" defaultValue={v.location ?? defaultLocation} errors={e.location} />
          </div>
          <TextArea
            formId={F}
            name="findings"
            label="查勘情况"
            rows={4}
            hint="工程形象进度、售楼处公示、资金监管等现场所见（至少10个字）"
            defaultValue={v.findings ?? ""}
            errors={e.findings}
          />

          <fieldset className="space-y-3">
            <legend className="text-sm font-medium text-slate-700">准入条件逐项核查（* 为必备条件）</legend>
            {ADMISSION_CONDITIONS.map((c) => {
              const name = conditionField(c.code);
              const errors = e[name];
              return (
                <div
                  key={c.code}
                  role="group"
                  aria-label={c.label}
                  aria-describedby={errors?.length ? errorIdFor(F, name) : undefined}
                  className="rounded border border-slate-200 p-3"
                >
                  <p className="text-sm font-medium text-slate-800">
                    {c.required ? <span className="text-red-700">* </span> : null}
                    {c.label}
                  </p>
                  <p className="mb-1 text-xs text-slate-500">{c.hint}</p>
                  <RadioChoice name={name} value="met" label="满足" checked={v[name] === "met"} />
                  <RadioChoice name={name} value="unmet" label="不满足" checked={v[name] === "unmet"} />
                  <input
                    name={conditionNoteField(c.code)}
                    aria-label={`${c.label} 核查说明`}
                    placeholder="核查说明（可选）"
                    defaultValue={v[conditionNoteField(c.code)] ?? ""}
                    className="mt-2 block w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
                  />
                  <FieldError id={errorIdFor(F, name)} errors={errors} />
                </div>
              );
            })}
          </fieldset>

          <RadioGroup
            formId={F}
            name="conclusion"
            legend="查勘结论"
            value={v.conclusion ?? ""}
            errors={e.passed}
            errorName="passed"
            options={[
              { value: "pass", label: "通过（必备条件全部满足）" },
              { value: "fail", label: "不通过" },
            ]}
          />

          <div>
            <label htmlFor={`${F}-photos`} className="block text-sm font-medium text-slate-700">
              现场照片（JPEG 或 PNG，每张不超过 5 MB，1至10张）
            </label>
            <input
              id={`${F}-photos`}
              name="photos"
              type="file"
              multiple
              accept=".jpg,.jpeg,.png,image/jpeg,image/png"
              aria-invalid={e.photos?.length ? true : undefined}
              aria-describedby={e.photos?.length ? errorIdFor(F, "photos") : undefined}
              className="mt-1 block w-full text-sm"
            />
            <FieldError id={errorIdFor(F, "photos")} errors={e.photos} />
          </div>
        </>
      )}
    </ProjectForm>
  );
}
