import type { FormState } from "@/lib/action-state";
import type { CalculatorResult } from "@/lib/cases/loan-calculator";

/** The public calculator form's state: the usual FormState plus the limits after 试算. */
export type CalculatorState = FormState & { result?: CalculatorResult };
