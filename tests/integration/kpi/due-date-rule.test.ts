import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEFAULT_LOAN_POLICY } from "@/lib/loans/policy";
import { currentLoanPolicy, publishLoanPolicy } from "@/lib/loans/policy-store";
import { loanDueDateRule } from "@/lib/loans/due-date-rule";
import { addCalendarDay } from "@/lib/calendar/change-calendar-day";
import { actor } from "./fixtures";

describe("the due-date rule follows the loan's own policy version and the calendar", () => {
  it("version 1 keeps due dates; a version with NEXT_WORKING_DAY moves a holiday due date; each loan keeps its version's rule", async () => {
    const admin = await actor(["ADMIN"]);
    await addCalendarDay({ actor: admin, date: "2026-10-01", kind: "HOLIDAY", name: "国庆节" });
    await currentLoanPolicy(db); // version 1 = the default policy
    const { version } = await publishLoanPolicy({ actor: admin, rules: { ...DEFAULT_LOAN_POLICY, dueDateOnHoliday: "NEXT_WORKING_DAY" } });
    expect(version).toBe(2);
    expect((await loanDueDateRule(db, 1))("2026-10-01")).toBe("2026-10-01");
    expect((await loanDueDateRule(db, 2))("2026-10-01")).toBe("2026-10-02");
    // A loan without a recorded version follows the current one.
    expect((await loanDueDateRule(db, null))("2026-10-03")).toBe("2026-10-05");
    expect(await db.auditEntry.count({ where: { action: "CALENDAR_DAY_ADDED", entityId: "2026-10-01" } })).toBe(1);
  });
});
