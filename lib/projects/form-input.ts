import { ADMISSION_CONDITIONS } from "@/lib/projects/conditions";
import { conditionField, conditionNoteField, type TRecordInspectionInput } from "@/lib/projects/schemas";

// FormData → the use cases' input objects. Only the shape changes here (radio values to booleans);
// every rule is the schema's and the use case's.

/** Every text field of the form, keyed by name (files and Next's $ACTION fields left out). */
export function textFields(formData: FormData): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) result[key] = value;
  return result;
}

const yesNo = (value: string | undefined, yes: string, no: string) => (value === yes ? true : value === no ? false : undefined);

/** The inspection form: radio "met"/"unmet" per condition and "pass"/"fail" as the conclusion. */
export function inspectionInputFromForm(formData: FormData): TRecordInspectionInput {
  const f = textFields(formData);
  return {
    projectId: f.projectId ?? "",
    expectedVersion: f.expectedVersion ?? "",
    inspectedOn: f.inspectedOn ?? "",
    location: f.location ?? "",
    findings: f.findings ?? "",
    passed: yesNo(f.conclusion, "pass", "fail") as boolean,
    checklist: Object.fromEntries(
      ADMISSION_CONDITIONS.map((c) => [
        c.code,
        { met: yesNo(f[conditionField(c.code)], "met", "unmet") as boolean, note: f[conditionNoteField(c.code)] },
      ]),
    ) as TRecordInspectionInput["checklist"],
  };
}

/** The uploaded photo files (empty file inputs left out). */
export async function photosFromForm(formData: FormData, field = "photos"): Promise<{ filename: string; bytes: Uint8Array }[]> {
  const files = formData.getAll(field).filter((f): f is File => f instanceof File && f.size > 0);
  return Promise.all(files.map(async (f) => ({ filename: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}
