import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { markNotificationsRead } from "@/lib/notifications/mark-read";
import { notify } from "@/lib/notifications/notify";
import { inboxOf, unreadCount } from "@/lib/notifications/queries";
import { createAccountHolder, createEmployer, createUser } from "../accounts/fund-fixtures";

const actor = (u: { id: string; roles: Actor["roles"] }): Actor => ({ userId: u.id, roles: u.roles, windowId: null, approvalLimit: null });

describe("the inbox", () => {
  it("shows a citizen their depositor's items and their own, marks one or all read by its owner only, audited", async () => {
    const employer = await createEmployer("91320100INBX0001X");
    const holder = await createAccountHolder(employer.id);
    const citizen = await createUser(["CITIZEN"], { depositorId: holder.depositor.id });
    const teller = await createUser(["TELLER"]);
    const t = (s: number) => new Date(Date.UTC(2026, 5, 1, 0, 0, s));
    await inTransaction(async (tx) => {
      for (const [i, to] of [{ depositorId: holder.depositor.id }, { userId: citizen.id }, { depositorId: holder.depositor.id }].entries())
        await notify(tx, { to, kind: "LOAN_STAGE", eventKey: `inbox:${i}`, title: `标题${i}`, body: `正文${i}`, now: t(i) });
      await notify(tx, {
        to: { userId: teller.id },
        kind: "LOAN_QUEUE",
        eventKey: "inbox:teller",
        title: "待办",
        body: "柜员的",
        now: t(9),
      });
    });
    const owner = { id: citizen.id, depositorId: holder.depositor.id };
    const inbox = await inboxOf(owner);
    expect(inbox.items.map((i) => [i.title, i.read])).toEqual([
      ["标题2", false],
      ["标题1", false],
      ["标题0", false],
    ]);
    expect([inbox.unread, inbox.total]).toEqual([3, 3]);
    expect(await unreadCount({ id: teller.id, depositorId: null })).toBe(1);

    // Someone else's item: NOT_FOUND, nothing written.
    const tellerItem = await db.notification.findFirstOrThrow({ where: { userId: teller.id } });
    const audits = await db.auditEntry.count();
    await expect(markNotificationsRead({ actor: actor(citizen), id: tellerItem.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.auditEntry.count()).toBe(audits);
    expect(await unreadCount({ id: teller.id, depositorId: null })).toBe(1);

    const first = inbox.items[2]!;
    expect(await markNotificationsRead({ actor: actor(citizen), id: first.id })).toEqual({ marked: 1 });
    expect(await markNotificationsRead({ actor: actor(citizen), id: first.id })).toEqual({ marked: 0 });
    expect(await unreadCount(owner)).toBe(2);
    expect(await markNotificationsRead({ actor: actor(citizen), id: "all" })).toEqual({ marked: 2 });
    expect(await unreadCount(owner)).toBe(0);
    expect(await unreadCount({ id: teller.id, depositorId: null })).toBe(1);
    const rows = await db.auditEntry.findMany({ where: { action: "NOTIFICATION_READ" }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.actorId, r.entityId, r.fromState, r.toState, r.detail])).toEqual([
      [citizen.id, first.id, "UNREAD", "READ", { count: 1 }],
      [citizen.id, "all", "UNREAD", "READ", { count: 2 }],
    ]);
  });
});
