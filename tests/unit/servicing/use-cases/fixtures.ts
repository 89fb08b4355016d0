import { buildSchedule } from "@/lib/loans/schedule";
import type { PositionInstallment } from "@/lib/servicing/use-cases/loan-position";

/**
 * ¥120,000 at 3.1 % over 12 months (等额本息), first due 2026-01-15, disbursed 2025-12-15.
 * Payment 10,168.71; seq 1 interest 120000 × 3.1 % ÷ 12 = 310.00; balance after seq 2 = 100,257.11.
 */
export const LOAN = {
  annualRatePercent: "3.1",
  method: "EQUAL_INSTALLMENT",
  firstDueDate: "2026-01-15",
  disbursedOn: "2025-12-15",
  // The default loan policy (dueDateOnHoliday KEEP): nominal due dates.
  dueDateOf: (nominal: string) => nominal,
} as const;

export const SCHEDULE = buildSchedule({
  principal: "120000.00",
  annualRatePercent: "3.1",
  months: 12,
  method: "EQUAL_INSTALLMENT",
  firstDueDate: "2026-01-15",
}).installments;

/** The schedule with paid amounts: seq → "FULL", or [paidPrincipal, paidInterest]. */
export function installments(paid: Record<number, "FULL" | [string, string]> = {}): PositionInstallment[] {
  return SCHEDULE.map((i) => {
    const how = paid[i.seq];
    const [paidPrincipal, paidInterest] = how === "FULL" ? [i.principal, i.interest] : (how ?? ["0.00", "0.00"]);
    return { seq: i.seq, dueDate: i.dueDate, principal: i.principal, interest: i.interest, paidPrincipal, paidInterest };
  });
}
