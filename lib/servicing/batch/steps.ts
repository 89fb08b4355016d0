import { collectionCases } from "./collection-cases";
import { markInstallments } from "./mark-installments";
import { postPenalties } from "./post-penalties";
import type { BatchStep } from "./types";
import { updateLoans } from "./update-loans";

/**
 * The daily batch's data steps, in order; BatchRun.step = how many have committed. The audit
 * entry that completes the run is the final step (run-daily-batch.ts), numbered STEPS.length + 1.
 */
export const STEPS: readonly BatchStep[] = [markInstallments, postPenalties, updateLoans, collectionCases];
