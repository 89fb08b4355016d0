import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { dispatchSms } from "@/lib/notifications/dispatch-sms";
import { localSms, readSentLines } from "@/lib/notifications/local-sms";
import { notify } from "@/lib/notifications/notify";
import { resendSms } from "@/lib/notifications/resend-sms";
import { listResentSms, listUndeliveredSms, smsStatusCounts } from "@/lib/notifications/sms-queries";
import { createUser } from "../accounts/fund-fixtures";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "hpf-sms-resend-"));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const actor = (u: { id: string; roles: Actor["roles"] }): Actor => ({ userId: u.id, roles: u.roles, windowId: null, approvalLimit: null });
const T0 = new Date("2026-06-01T00:00:00Z");

let n = 0;
/** One outbox row, given up on (FAILED after its tries) or EXPIRED. */
async function undelivered(status: "FAILED" | "EXPIRED", opts: { expiresAt?: Date } = {}): Promise<string> {
  n += 1;
  await inTransaction((tx) =>
    notify(tx, {
      to: { userId: "nobody" },
      kind: "WITHDRAWAL_PAID",
      eventKey: `resend-test:${n}`,
      title: "提取到账",
      body: `第${n}条`,
      sms: { phone: "13912345678", expiresAt: opts.expiresAt ?? null },
      now: T0,
    }),
  );
  const row = await db.smsOutbox.findFirstOrThrow({ where: { text: `【住房公积金】第${n}条` } });
  await db.smsOutbox.update({ where: { id: row.id }, data: { status, attempts: 6, lastError: "网关超时" } });
  return row.id;
}

describe("resending a failed SMS (/admin/sms)", () => {
  it("puts it back once however often it is asked, audited; the dispatcher then delivers it once", async () => {
    const admin = actor(await createUser(["ADMIN"]));
    const other = actor(await createUser(["ADMIN"]));
    const id = await undelivered("FAILED");
    const listed = await listUndeliveredSms();
    expect(listed).toContainEqual(
      expect.objectContaining({
        id,
        status: "FAILED",
        phone: "139****5678",
        event: "提取到账：提取到账",
        attempts: 6,
        resends: 0,
        lastError: "网关超时",
      }),
    );

    const now = new Date();
    // Two admins (or a double click) at once, both having seen resends = 0: one acts.
    const tries = await Promise.allSettled([
      resendSms({ actor: admin, smsId: id, resends: 0, now }),
      resendSms({ actor: other, smsId: id, resends: 0, now }),
    ]);
    expect(tries.filter((t) => t.status === "fulfilled")).toHaveLength(1);
    expect(tries.find((t) => t.status === "rejected")).toMatchObject({ reason: { code: "SMS_ALREADY_RESENT" } });
    expect(await db.smsOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", attempts: 0, resends: 1 });
    const audits = await db.auditEntry.findMany({ where: { action: "SMS_RESENT", entityId: id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      fromState: "FAILED",
      toState: "PENDING",
      detail: { phone: "139****5678", attempts: 6, lastError: "网关超时", resends: 1 },
    });

    const file = path.join(dir, "resend.jsonl");
    const port = localSms({ file });
    expect(await dispatchSms({ port, now: () => now })).toMatchObject({ sent: 1 });
    expect(await dispatchSms({ port, now: () => now })).toMatchObject({ sent: 0 });
    const lines = (await readSentLines(file)).filter((l) => l.id === id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ phone: "13912345678", text: `【住房公积金】第${n}条` });
    expect(await listResentSms()).toContainEqual(expect.objectContaining({ id, status: "SENT", resends: 1 }));
    // A late second click after it went out: nothing more.
    await expect(resendSms({ actor: admin, smsId: id, resends: 0 })).rejects.toMatchObject({ code: "SMS_ALREADY_RESENT" });
    await expect(resendSms({ actor: admin, smsId: id, resends: 1 })).rejects.toMatchObject({ code: "SMS_NOT_RESENDABLE" });
    expect(await db.auditEntry.count({ where: { action: "SMS_RESENT", entityId: id } })).toBe(1);
  });

  it("refuses an expired message, one past its expiry, a non-admin and an unknown id, writing nothing", async () => {
    const admin = actor(await createUser(["ADMIN"]));
    const teller = actor(await createUser(["TELLER"]));
    const expired = await undelivered("EXPIRED");
    const stale = await undelivered("FAILED", { expiresAt: new Date(T0.getTime() + 86_400_000) });
    const failed = await undelivered("FAILED");
    await expect(resendSms({ actor: admin, smsId: expired, resends: 0 })).rejects.toMatchObject({ code: "SMS_NOT_RESENDABLE" });
    await expect(resendSms({ actor: admin, smsId: stale, resends: 0 })).rejects.toMatchObject({ code: "SMS_NOT_RESENDABLE" });
    await expect(resendSms({ actor: teller, smsId: failed, resends: 0 })).rejects.toMatchObject({ code: "FORBIDDEN_ROLE" });
    await expect(resendSms({ actor: admin, smsId: "no-such-sms", resends: 0 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const rows = await db.smsOutbox.findMany({ where: { id: { in: [expired, stale, failed] } } });
    expect(rows.map((r) => [r.status, r.resends]).sort()).toEqual([
      ["EXPIRED", 0],
      ["FAILED", 0],
      ["FAILED", 0],
    ]);
    expect(await db.auditEntry.count({ where: { action: "SMS_RESENT", entityId: { in: [expired, stale, failed] } } })).toBe(0);
    const counts = await smsStatusCounts();
    expect(counts).toMatchObject({ EXPIRED: 1, FAILED: 2 });
  });
});
