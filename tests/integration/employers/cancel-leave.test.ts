import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { recordLeaver } from "@/lib/employers/account-changes";
import { cancelLeave } from "@/lib/employers/cancel-leave";
import { sealLeavers } from "@/lib/employers/seal-leavers";
import { employerMessage } from "@/lib/employers/messages";
import { createAccountHolder, twoEmployers, writtenCounts } from "./fixtures";

const NOW = new Date("2026-03-10T02:00:00Z");
const refusal = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, field: error.field, message: employerMessage(error) };
    throw error;
  }
  throw new Error("expected a DomainError");
};

async function leaver() {
  const parties = await twoEmployers();
  const holder = await createAccountHolder(parties.a.id, { name: "误减员" });
  const leave = await recordLeaver({
    actor: parties.agentA,
    employerId: parties.a.id,
    accountId: holder.account.id,
    leftOn: "2026-03-05",
    reason: "辞职",
    now: NOW,
  });
  return { ...parties, holder, leave };
}

describe("撤销减员 (cancel a recorded leave)", () => {
  it("before the month-end seal: the leave is cancelled, audited from → to, and the month end seals nothing", async () => {
    const { a, agentA, holder, leave } = await leaver();
    const result = await cancelLeave({ actor: agentA, employerId: a.id, staffChangeId: leave.staffChangeId, reason: "误登记", now: NOW });
    expect(result).toEqual({ accountId: holder.account.id, sealOn: "2026-03-31", duplicate: false });
    const change = await db.staffChange.findUniqueOrThrow({ where: { id: leave.staffChangeId } });
    expect(change.status).toBe("CANCELLED");
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "EMPLOYEE_LEAVE_CANCELLED", entityId: holder.account.id } });
    expect(audit).toMatchObject({ actorId: agentA.userId, fromState: "SEAL_ON:2026-03-31", toState: "NORMAL", windowId: null });
    expect(audit.detail).toMatchObject({ staffChangeId: leave.staffChangeId, reason: "误登记", channel: "ONLINE" });
    expect(await sealLeavers({ businessDate: "2026-03-31", now: NOW })).toEqual({ sealed: 0, settled: 0 });
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: holder.account.id } })).status).toBe("NORMAL");
  });

  it("a double click acts once: two cancels at once leave one audit row and both answer success", async () => {
    const { a, agentA, holder, leave } = await leaver();
    const both = await Promise.all(
      [0, 1].map(() => cancelLeave({ actor: agentA, employerId: a.id, staffChangeId: leave.staffChangeId, reason: "误登记", now: NOW })),
    );
    expect(both.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(await db.auditEntry.count({ where: { action: "EMPLOYEE_LEAVE_CANCELLED", entityId: holder.account.id } })).toBe(1);
  });

  it("at a window a teller cancels it too, the audit row naming the window", async () => {
    const { a, teller, holder, leave } = await leaver();
    await cancelLeave({ actor: teller, employerId: a.id, staffChangeId: leave.staffChangeId, reason: "单位来函更正", now: NOW });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "EMPLOYEE_LEAVE_CANCELLED", entityId: holder.account.id } });
    expect(audit).toMatchObject({ actorId: teller.userId, windowId: teller.windowId });
    expect(audit.detail).toMatchObject({ channel: "WINDOW" });
  });

  it("after the month-end seal: refused, the answer says to hire again (启封), nothing written", async () => {
    const { a, agentA, holder, leave } = await leaver();
    await sealLeavers({ businessDate: "2026-03-31", now: NOW });
    const before = await writtenCounts();
    expect(
      await refusal(cancelLeave({ actor: agentA, employerId: a.id, staffChangeId: leave.staffChangeId, reason: "误登记", now: NOW })),
    ).toEqual({
      code: "LEAVE_ALREADY_SEALED",
      field: undefined,
      message: "该职工账户已于 2026-03-31 月末封存，不能撤销减员；如职工仍在本单位工作，请办理增员（启封）",
    });
    expect(await writtenCounts()).toEqual(before);
    expect((await db.staffChange.findUniqueOrThrow({ where: { id: leave.staffChangeId } })).status).toBe("DONE");
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: holder.account.id } })).status).toBe("SEALED");
  });

  it("another employer's employee is refused like a missing leave, nothing written", async () => {
    const { a, b, agentB, leave } = await leaver();
    const before = await writtenCounts();
    // Agent B names its own employer with A's leave: not found.
    expect(
      await refusal(cancelLeave({ actor: agentB, employerId: b.id, staffChangeId: leave.staffChangeId, reason: "x", now: NOW })),
    ).toMatchObject({
      code: "LEAVE_NOT_FOUND",
      field: "staffChangeId",
    });
    // Agent B names employer A: not theirs.
    expect(
      await refusal(cancelLeave({ actor: agentB, employerId: a.id, staffChangeId: leave.staffChangeId, reason: "x", now: NOW })),
    ).toMatchObject({
      code: "FORBIDDEN_EMPLOYER",
    });
    expect(await writtenCounts()).toEqual(before);
    expect((await db.staffChange.findUniqueOrThrow({ where: { id: leave.staffChangeId } })).status).toBe("PENDING");
  });
});
