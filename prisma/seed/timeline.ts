import type { LoanStage } from "../../lib/cases/loan-stages";
import { addDays, workdayOnOrBefore } from "./clock";
import type { Rng } from "./random";

export const FULL_PATH: LoanStage[] = ["ACCEPTED", "APPROVED", "CONTRACTS_SIGNED", "MORTGAGE_REGISTERED", "RECHECKED", "DISBURSED"];

/** The stages a matter went through to reach `stage` (RETURNED/REJECTED branch off ACCEPTED). */
export function pathTo(stage: LoanStage, rng: Rng): LoanStage[] {
  if (stage === "RETURNED") return ["ACCEPTED", "RETURNED"];
  if (stage === "REJECTED") return ["ACCEPTED", "REJECTED"];
  // Some accepted matters were returned once and resubmitted.
  if (stage === "ACCEPTED") return rng.chance(0.3) ? ["ACCEPTED", "RETURNED", "ACCEPTED"] : ["ACCEPTED"];
  return FULL_PATH.slice(0, FULL_PATH.indexOf(stage) + 1);
}

/** One workday per stage, counted back from the last one, 1–3 days apart. */
export function stageDates(rng: Rng, count: number, last: string): string[] {
  const dates = [workdayOnOrBefore(last)];
  while (dates.length < count) dates.unshift(workdayOnOrBefore(addDays(dates[0]!, -rng.int(1, 3))));
  return dates;
}
