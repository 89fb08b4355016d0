import { DomainError } from "@/lib/errors";
import { money } from "@/lib/money";
import { boundsText, rateProblem, type RateBounds } from "@/lib/employers/rate-bounds";

/**
 * A typed rate pair checked against the stored bounds; the problem is put at its own field.
 * Errors: RATE_FORMAT, RATE_OUT_OF_BOUNDS (details.bounds).
 */
export function checkRatePair(
  pair: { employerRate: string; personalRate: string },
  bounds: RateBounds,
): { employer: string; personal: string } {
  for (const field of ["employerRate", "personalRate"] as const) {
    const problem = rateProblem(pair[field], bounds);
    if (problem === "FORMAT") throw new DomainError("RATE_FORMAT", { field });
    if (problem === "OUT_OF_BOUNDS") throw new DomainError("RATE_OUT_OF_BOUNDS", { field, details: { bounds: boundsText(bounds) } });
  }
  return { employer: money(pair.employerRate.trim()).toFixed(2), personal: money(pair.personalRate.trim()).toFixed(2) };
}
