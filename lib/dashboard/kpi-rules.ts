/**
 * The per-window and per-teller KPIs as pure rules over closed cases, so the figures the
 * dashboard and the monthly PDF show are computed once and tested with exact vectors.
 */
export type ClosedCaseFact = {
  /** Group key: a window number or a teller id. */
  key: string;
  /** Accepted → closed, in whole seconds. */
  seconds: number;
  /** Completed with no matter rejected or cancelled. */
  success: boolean;
  /** The citizen's rating (1–5), when they gave one. */
  score: number | null;
};

export type KpiRow = {
  key: string;
  cases: number;
  /** Median minutes accepted → closed, one decimal ("—" when no case). */
  medianMinutes: string;
  /** Share of successful cases in percent, one decimal. */
  successRate: string;
  ratings: number;
  /** Mean score, two decimals ("—" without ratings). */
  satisfaction: string;
};

/** The median of whole numbers: the middle one, or the mean of the two middle ones. Null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** a / b as a percentage rounded half-up to one decimal, by integer arithmetic ("66.7"). */
export function percent(part: number, whole: number): string {
  if (whole === 0) return "—";
  const tenths = Math.floor((part * 2000 + whole) / (2 * whole));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** Mean of whole scores rounded half-up to two decimals, by integer arithmetic ("4.33"). */
export function meanScore(scores: readonly number[]): string {
  if (scores.length === 0) return "—";
  const sum = scores.reduce((a, b) => a + b, 0);
  const hundredths = Math.floor((sum * 200 + scores.length) / (2 * scores.length));
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
}

/** Seconds as minutes with one decimal, half-up ("12.5"). */
export function minutesText(seconds: number | null): string {
  if (seconds === null) return "—";
  const tenths = Math.floor((seconds * 2 + 6) / 12);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** One KPI row per key, in the order the keys first appear in `keys` (every key listed, even without cases). */
export function summarizeKpis(facts: readonly ClosedCaseFact[], keys: readonly string[]): KpiRow[] {
  const groups = new Map<string, ClosedCaseFact[]>(keys.map((k) => [k, []]));
  for (const f of facts) groups.get(f.key)?.push(f);
  return keys.map((key) => {
    const rows = groups.get(key) ?? [];
    const scores = rows.flatMap((r) => (r.score === null ? [] : [r.score]));
    return {
      key,
      cases: rows.length,
      medianMinutes: minutesText(median(rows.map((r) => r.seconds))),
      successRate: percent(rows.filter((r) => r.success).length, rows.length),
      ratings: scores.length,
      satisfaction: meanScore(scores),
    };
  });
}
