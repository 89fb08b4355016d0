import type { Tx } from "@/lib/db";
import type { PenaltyRule } from "@/lib/servicing/penalty-interest";

export type BatchContext = { businessDate: string; penaltyRule: PenaltyRule };

/** What a step changed, merged into BatchRun.counts. Amounts are yuan strings. */
export type StepCounts = Record<string, number | string>;

export type BatchStep = {
  name: string;
  /** Chinese label for progress output. */
  label: string;
  run(tx: Tx, ctx: BatchContext): Promise<StepCounts>;
};
