import { ADMISSION_CONDITIONS, conditionOf, type AdmissionCondition } from "@/lib/projects/conditions";

/** One condition as the officer found it. */
export type ConditionFinding = { met: boolean; note?: string };

/** Condition code → finding, as stored in SiteInspection.checklist and AdmissionApplication.checklist. */
export type Checklist = Record<string, ConditionFinding>;

export type ChecklistEvaluation = {
  /** Codes found met, in the conditions' order. */
  met: string[];
  /** Required conditions not met or not checked: admission is refused while any is left. */
  missing: AdmissionCondition[];
  /** Optional conditions not met (shown, never blocking). */
  optionalUnmet: AdmissionCondition[];
  /** Every required condition is met. */
  complete: boolean;
};

/**
 * Evaluates a checklist against the current conditions. A condition absent from the checklist
 * counts as not met (an inspection made before a condition was added cannot prove it). Codes the
 * list no longer knows are ignored. Pure.
 */
export function evaluateChecklist(
  checklist: Checklist,
  conditions: readonly AdmissionCondition[] = ADMISSION_CONDITIONS,
): ChecklistEvaluation {
  const met: string[] = [];
  const missing: AdmissionCondition[] = [];
  const optionalUnmet: AdmissionCondition[] = [];
  for (const condition of conditions) {
    if (checklist[condition.code]?.met === true) met.push(condition.code);
    else if (condition.required) missing.push(condition);
    else optionalUnmet.push(condition);
  }
  return { met, missing, optionalUnmet, complete: missing.length === 0 };
}

/**
 * A stored checklist (Json) back as a Checklist: anything that is not `{ met: boolean }` under a
 * known code is dropped, so a malformed row can only make conditions "not met", never "met".
 */
export function readChecklist(value: unknown): Checklist {
  const result: Checklist = {};
  if (!value || typeof value !== "object" || Array.isArray(value)) return result;
  for (const [code, finding] of Object.entries(value as Record<string, unknown>)) {
    if (!conditionOf(code) || !finding || typeof finding !== "object") continue;
    const { met, note } = finding as { met?: unknown; note?: unknown };
    if (typeof met !== "boolean") continue;
    result[code] = typeof note === "string" && note.trim() ? { met, note: note.trim() } : { met };
  }
  return result;
}
