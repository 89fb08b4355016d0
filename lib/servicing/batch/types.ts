import type { Tx } from "@/lib/db";
import type { BankPort } from "@/lib/bank/bank-port";
import type { DeductionBucket } from "@/lib/servicing/deduction-order";
import type { PenaltyRule } from "@/lib/servicing/penalty-interest";

export type BatchContext = {
  businessDate: string;
  penaltyRule: PenaltyRule;
  order: readonly DeductionBucket[];
  bank: BankPort;
  /** The run's clock for timestamps it writes (paid off, released, ledger posted). */
  now: Date;
};

/** What a step changed, merged into BatchRun.counts. Amounts are yuan strings. */
export type StepCounts = Record<string, number | string>;

export type BatchStep = {
  name: string;
  /** Chinese label for progress output. */
  label: string;
  run(tx: Tx, ctx: BatchContext): Promise<StepCounts>;
};

/** One committed step, for a progress bar: `step` of `of`. */
export type BatchProgress = { step: number; of: number; name: string; label: string; counts: StepCounts };

export type RunDailyBatchInput = {
  /** Business date YYYY-MM-DD (Asia/Shanghai calendar date). */
  businessDate: string;
  actorLabel?: string;
  /** Override the settings (servicing-settings.ts); tests pin them here. */
  penaltyRule?: PenaltyRule;
  order?: readonly DeductionBucket[];
  /** Default: the adapter HPF_BANK_ADAPTER names. */
  bank?: BankPort;
  /** Default: the wall clock at the start of the run. */
  now?: Date;
  onProgress?: (progress: BatchProgress) => void;
  /** Called after each committed step; a test throws here to simulate a kill midway. */
  afterStep?: (step: number) => void | Promise<void>;
};

export type RunDailyBatchResult = {
  businessDate: string;
  /** True when the date had already completed: nothing was done. */
  alreadyCompleted: boolean;
  /** Steps this call ran (a resumed run skips the ones already committed). */
  stepsRun: number[];
  counts: StepCounts;
};
