/**
 * Versioned center parameters (pure). A parameter is a series of versions, each effective from a
 * calendar date (Asia/Shanghai); versions are never edited. The version in force on a date is the
 * highest version whose effectiveFrom is on or before that date: a later version published with
 * an earlier date wins from its date on, and a version dated in the future changes nothing until
 * that day comes.
 */
export type DatedVersion = { version: number; effectiveFrom: string };

export function versionInForce<T extends DatedVersion>(versions: readonly T[], date: string): T | null {
  let best: T | null = null;
  for (const v of versions) {
    if (v.effectiveFrom > date) continue;
    if (!best || v.version > best.version) best = v;
  }
  return best;
}

/** A new version may take effect today or later, never in the past (no retroactive rule change). */
export function isAllowedEffectiveDate(effectiveFrom: string, today: string): boolean {
  return effectiveFrom >= today;
}
