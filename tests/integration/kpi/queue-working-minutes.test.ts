import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listLoanMattersAtStages } from "@/lib/cases/queries";
import { getCaseDetail } from "@/lib/cases/case-detail-queries";
import { findSlaBreaches } from "@/lib/followups/sla-breaches";
import { addCalendarDay } from "@/lib/calendar/change-calendar-day";
import { actor, windowCase, world } from "./fixtures";

// Shanghai is UTC+8: Friday 6 March 2026 17:00 = 09:00Z; Monday 9 March 09:00 = 01:00Z.
const FRIDAY_17 = new Date("2026-03-06T09:00:00Z");
const MONDAY_09 = new Date("2026-03-09T01:00:00Z");

describe("the review queue's 本阶段用时 counts working minutes, like the dashboard and the SLA escalation", () => {
  it("Friday 17:00 → Monday 09:00 is 420 + 540 = 960 minutes (not 3,840); a Monday holiday adds nothing", async () => {
    const w = await world();
    const c = await windowCase(w, w.alice.depositor.id, { open: true, stage: "ACCEPTED", stageSince: FRIDAY_17 });

    const row = (await listLoanMattersAtStages(["ACCEPTED"], { now: MONDAY_09 })).find((r) => r.caseId === c.id);
    expect(row?.minutesInStage).toBe(960);
    // The case page (review and window) shows the same timer.
    expect((await getCaseDetail(c.id, MONDAY_09))?.loanMatter?.minutesInStage).toBe(960);
    // And it is the figure the SLA escalation uses.
    const breach = (await findSlaBreaches(db, MONDAY_09)).find((b) => b.caseId === c.id);
    expect(breach?.minutes).toBe(960);

    // Monday 9 March a holiday (calendar data): by Tuesday 09:00 still 420 + 540 = 960.
    await addCalendarDay({ actor: await actor(["ADMIN"]), date: "2026-03-09", kind: "HOLIDAY", name: "测试假日" });
    const tuesday = new Date("2026-03-10T01:00:00Z");
    expect((await listLoanMattersAtStages(["ACCEPTED"], { now: tuesday })).find((r) => r.caseId === c.id)?.minutesInStage).toBe(960);
    expect((await getCaseDetail(c.id, tuesday))?.loanMatter?.minutesInStage).toBe(960);
  });
});
