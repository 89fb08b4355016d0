"use client";

import type { FormState } from "@/lib/action-state";
import { RecordForm } from "@/components/forms/record-form";

export type ProjectFormAction = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * The frame every officer form shares (RecordForm), with the project's id and version as hidden
 * fields: a page drawn before someone else's change gets "refresh".
 */
export function ProjectForm({
  project,
  ...frame
}: Omit<Parameters<typeof RecordForm>[0], "hidden" | "action"> & { action: ProjectFormAction; project?: { id: string; version: number } }) {
  return <RecordForm {...frame} hidden={project ? { projectId: project.id, expectedVersion: String(project.version) } : {}} />;
}

/** A labelled textarea with its error tied by aria-describedby. */
export function TextArea({
  formId,
  name,
  label,
  errors,
  defaultValue,
  rows = 3,
  hint,
}: {
  formId: string;
  name: string;
  label: string;
  errors?: string[];
  defaultValue?: string;
  rows?: number;
  hint?: string;
}) {
  const id = `${formId}-${name}`;
  const errorId = `${formId}-${name}-error`;
  const hintId = `${id}-hint`;
  const invalid = !!errors?.length;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-invalid={invalid || undefined}
        aria-describedby={[hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ") || undefined}
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-slate-900 shadow-sm focus:border-sky-600 focus:outline-none focus:ring-1 focus:ring-sky-600 aria-invalid:border-red-500"
      />
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {errors!.join("；")}
        </p>
      ) : null}
    </div>
  );
}
