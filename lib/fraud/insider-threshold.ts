/**
 * The insider report's rule (pure): which staff's handled cases carry unusually many fraud flags.
 * rate = flags raised on what they handled ÷ cases they handled; the center's rate is the same over
 * all staff. A person is listed as unusual when ALL hold:
 *   handled ≥ MIN_HANDLED (enough cases to judge), flags ≥ MIN_FLAGS (not one unlucky case), and
 *   rate ≥ RATIO × the center's rate.
 * Compared in integers (flags × centerHandled ≥ RATIO × centerFlags × handled), so no rounding.
 */
export const INSIDER_THRESHOLD = { MIN_HANDLED: 10, MIN_FLAGS: 3, RATIO: 2 } as const;

export type StaffLoad = { userId: string; handled: number; flags: number };
export type StaffRate = StaffLoad & { rate: number; ratio: number | null; unusual: boolean };

export function rankStaffByFlags(rows: readonly StaffLoad[]): {
  centerHandled: number;
  centerFlags: number;
  centerRate: number;
  rows: StaffRate[];
} {
  const centerHandled = rows.reduce((n, r) => n + r.handled, 0);
  const centerFlags = rows.reduce((n, r) => n + r.flags, 0);
  const centerRate = centerHandled ? centerFlags / centerHandled : 0;
  const { MIN_HANDLED, MIN_FLAGS, RATIO } = INSIDER_THRESHOLD;
  const ranked = rows.map((r) => {
    const rate = r.handled ? r.flags / r.handled : 0;
    const unusual = r.handled >= MIN_HANDLED && r.flags >= MIN_FLAGS && r.flags * centerHandled >= RATIO * centerFlags * r.handled;
    return { ...r, rate, ratio: centerRate ? rate / centerRate : null, unusual };
  });
  ranked.sort((a, b) => Number(b.unusual) - Number(a.unusual) || b.rate - a.rate || b.flags - a.flags || a.userId.localeCompare(b.userId));
  return { centerHandled, centerFlags, centerRate, rows: ranked };
}
