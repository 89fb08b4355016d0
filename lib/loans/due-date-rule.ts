import type { Db } from "@/lib/db";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { nextWorkingDayFrom, type WorkingCalendar } from "@/lib/calendar/working-days";
import type { LoanPolicyRules } from "@/lib/loans/policy";
import type { DueDateOf } from "@/lib/loans/schedule";

export type { DueDateOf };

const same: DueDateOf = (date) => date;

/**
 * The loan policy's rule for a due date on a non-working day: kept (the default), or moved to the
 * next working day of the center's calendar (顺延). The interest of the period is unchanged: it is
 * the month's interest whatever day the installment falls due.
 */
export function dueDateRule(rules: Pick<LoanPolicyRules, "dueDateOnHoliday">, calendar: WorkingCalendar): DueDateOf {
  return rules.dueDateOnHoliday === "NEXT_WORKING_DAY" ? (nominal) => nextWorkingDayFrom(calendar, nominal) : same;
}

/** The rule of the policy version a loan was assessed under (the current one when it has none). */
export async function loanDueDateRule(tx: Pick<Db, "loanPolicy" | "calendarDay">, policyVersion: number | null): Promise<DueDateOf> {
  const row =
    policyVersion === null
      ? await tx.loanPolicy.findFirst({ orderBy: { version: "desc" }, select: { rules: true } })
      : await tx.loanPolicy.findUnique({ where: { version: policyVersion }, select: { rules: true } });
  const rules = (row?.rules ?? {}) as Pick<LoanPolicyRules, "dueDateOnHoliday">;
  if (rules.dueDateOnHoliday !== "NEXT_WORKING_DAY") return same;
  return dueDateRule(rules, await loadCalendar(tx));
}
