import { describe, expect, it } from "vitest";
import { buildSchedule } from "@/lib/loans/schedule";
import { dueDateRule } from "@/lib/loans/due-date-rule";
import { DEFAULT_LOAN_POLICY } from "@/lib/loans/policy";
import { ZLoanPolicyRules } from "@/lib/loans/schemas";
import { calendarOf } from "@/lib/calendar/working-days";
import { CALENDAR_DAYS } from "../../../prisma/seed/kpi";

const calendar = calendarOf(CALENDAR_DAYS);
const input = {
  principal: "300000.00",
  annualRatePercent: "2.6",
  months: 4,
  method: "EQUAL_INSTALLMENT" as const,
  firstDueDate: "2026-09-01",
};

describe("a due date on a holiday (loan policy dueDateOnHoliday)", () => {
  it("is off by default: the schedule keeps its day of month", () => {
    expect(DEFAULT_LOAN_POLICY.dueDateOnHoliday).toBe("KEEP");
    const keep = buildSchedule({ ...input, dueDateOf: dueDateRule(DEFAULT_LOAN_POLICY, calendar) });
    expect(keep.installments.map((i) => i.dueDate)).toEqual(["2026-09-01", "2026-10-01", "2026-11-01", "2026-12-01"]);
  });

  it("NEXT_WORKING_DAY moves National Day and a Sunday to the next working day; the amounts stay the same", () => {
    const keep = buildSchedule(input);
    const moved = buildSchedule({ ...input, dueDateOf: dueDateRule({ dueDateOnHoliday: "NEXT_WORKING_DAY" }, calendar) });
    // 1 October 2026 is a holiday (to 7 October), 1 November a Sunday.
    expect(moved.installments.map((i) => i.dueDate)).toEqual(["2026-09-01", "2026-10-08", "2026-11-02", "2026-12-01"]);
    expect(
      moved.installments.map(({ payment, principal, interest, balanceAfter }) => [payment, principal, interest, balanceAfter]),
    ).toEqual(keep.installments.map(({ payment, principal, interest, balanceAfter }) => [payment, principal, interest, balanceAfter]));
    expect(moved.totalInterest).toBe(keep.totalInterest);
  });

  it("is policy data: versions without it still validate, a wrong value is refused", () => {
    const { dueDateOnHoliday: _omit, ...older } = DEFAULT_LOAN_POLICY;
    void _omit;
    expect(ZLoanPolicyRules.safeParse(older).success).toBe(true);
    expect(ZLoanPolicyRules.safeParse({ ...DEFAULT_LOAN_POLICY, dueDateOnHoliday: "NEXT_WORKING_DAY" }).success).toBe(true);
    expect(ZLoanPolicyRules.safeParse({ ...DEFAULT_LOAN_POLICY, dueDateOnHoliday: "SOMETIMES" }).success).toBe(false);
  });
});
