/**
 * Contribution years run 1 July – 30 June; yearStart 2025 is 2025-07-01 .. 2026-06-30. One
 * employer pays one rate pair for all its employees within a year (EmployerRate).
 */
export function contributionYearStart(month: string): number {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m >= 7 ? y : y - 1;
}

/** "2026-05" or "2026-05-01" → "2026-05-01"; null when it is not a real month. */
export function normalizeMonth(value: string): string | null {
  const match = /^(\d{4})-(\d{2})(?:-01)?$/.exec(value.trim());
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12 || Number(match[1]) < 1990) return null;
  return `${match[1]}-${match[2]}-01`;
}

/** The month after "YYYY-MM-01". */
export function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}
