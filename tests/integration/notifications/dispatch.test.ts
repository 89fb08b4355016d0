import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { inTransaction } from "@/lib/db/transaction";
import { MAX_SMS_ATTEMPTS, dispatchSms } from "@/lib/notifications/dispatch-sms";
import { localSms, readSentLines } from "@/lib/notifications/local-sms";
import { notify } from "@/lib/notifications/notify";
import type { SmsPort } from "@/lib/notifications/sms-port";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "hpf-sms-it-"));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

let n = 0;
async function queue(count: number, opts: { phone?: string; expiresAt?: Date; now?: Date } = {}) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    n += 1;
    await inTransaction((tx) =>
      notify(tx, {
        to: { userId: "nobody" },
        kind: "LOAN_STAGE",
        eventKey: `dispatch-test:${n}`,
        title: `消息${n}`,
        body: `第${n}条`,
        sms: { phone: opts.phone ?? "13912345678", expiresAt: opts.expiresAt ?? null },
        now: opts.now ?? new Date("2026-06-01T00:00:00Z"),
      }),
    );
    const row = await db.smsOutbox.findFirstOrThrow({ where: { text: `【住房公积金】第${n}条` } });
    ids.push(row.id);
  }
  return ids;
}
const rows = (ids: string[]) => db.smsOutbox.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: "asc" } });
const clear = () => db.smsOutbox.updateMany({ where: { status: "PENDING" }, data: { status: "EXPIRED" } });

describe("the SMS dispatcher", () => {
  it("sends each message once, even with two dispatchers at the same time and a second run", async () => {
    await clear();
    const file = path.join(dir, "once.jsonl");
    const ids = await queue(7);
    // NOTE: the local gateway answers a repeated id without writing a line, so the file alone cannot
    // show a double send: count what reaches the port.
    const real = localSms({ file });
    const handedOver: string[] = [];
    const port: SmsPort = {
      name: "counting",
      async send(message) {
        handedOver.push(message.id);
        return real.send(message);
      },
    };
    const [a, b] = await Promise.all([dispatchSms({ port, limit: 3 }), dispatchSms({ port, limit: 3 })]);
    expect(a.sent + b.sent).toBe(7);
    expect(await dispatchSms({ port })).toEqual({ sent: 0, retrying: 0, failed: 0, expired: 0 });
    expect([...handedOver].sort()).toEqual([...ids].sort());
    const lines = await readSentLines(file);
    expect(lines.map((l) => l.id).sort()).toEqual([...ids].sort());
    expect((await rows(ids)).every((r) => r.status === "SENT" && r.attempts === 1 && r.providerRef === `SMS-${r.id}`)).toBe(true);
  });

  it("retries a failed send later and delivers it once; gives up after the last attempt, keeping the reason", async () => {
    await clear();
    const file = path.join(dir, "retry.jsonl");
    const [id] = await queue(1);
    let down = true;
    const port = localSms({ file, failWith: () => (down ? "网关超时" : null) });
    const t0 = new Date();
    expect(await dispatchSms({ port, now: () => t0 })).toMatchObject({ sent: 0, retrying: 1 });
    const after = (await rows([id!]))[0]!;
    expect(after).toMatchObject({ status: "PENDING", attempts: 1, lastError: "网关超时" });
    expect(after.nextAttemptAt.getTime()).toBe(t0.getTime() + 10_000);
    // Not due yet: nothing is tried.
    expect(await dispatchSms({ port, now: () => new Date(t0.getTime() + 5_000) })).toMatchObject({ sent: 0, retrying: 0 });
    down = false;
    expect(await dispatchSms({ port, now: () => new Date(t0.getTime() + 10_000) })).toMatchObject({ sent: 1 });
    expect(await readSentLines(file)).toHaveLength(1);
    expect((await rows([id!]))[0]).toMatchObject({ status: "SENT", attempts: 2, lastError: null });

    const [bad] = await queue(1, { phone: "025-1234" });
    let clock = Date.now();
    const gaveUp: unknown[] = [];
    for (let i = 0; i < MAX_SMS_ATTEMPTS; i++) {
      await dispatchSms({ port, now: () => new Date(clock), onGiveUp: (m) => gaveUp.push(m) });
      clock += 3_600_000;
    }
    expect(gaveUp).toEqual([{ id: bad, phone: "025-1234", reason: "号码无效" }]);
    expect((await rows([bad!]))[0]).toMatchObject({ status: "FAILED", attempts: MAX_SMS_ATTEMPTS, lastError: "号码无效" });
    expect(await readSentLines(file)).toHaveLength(1);
  });

  it("a send whose answer was lost is sent again with the same id and delivered once", async () => {
    await clear();
    const file = path.join(dir, "lost.jsonl");
    const [id] = await queue(1);
    const real = localSms({ file });
    let lose = true;
    const lossy: SmsPort = {
      name: "lossy",
      async send(message) {
        const receipt = await real.send(message);
        if (lose) throw new Error("connection reset after the gateway accepted it");
        return receipt;
      },
    };
    const t0 = new Date();
    expect(await dispatchSms({ port: lossy, now: () => t0 })).toMatchObject({ retrying: 1 });
    lose = false;
    expect(await dispatchSms({ port: lossy, now: () => new Date(t0.getTime() + 60_000) })).toMatchObject({ sent: 1 });
    expect((await readSentLines(file)).map((l) => l.id)).toEqual([id]);
  });

  it("does not send a message past its time (a reminder after the due date)", async () => {
    await clear();
    const file = path.join(dir, "expired.jsonl");
    const [id] = await queue(1, { expiresAt: new Date("2026-06-02T16:00:00Z") });
    expect(await dispatchSms({ port: localSms({ file }), now: () => new Date("2026-06-03T01:00:00Z") })).toMatchObject({
      expired: 1,
      sent: 0,
    });
    expect((await rows([id!]))[0]).toMatchObject({ status: "EXPIRED" });
    expect(await readSentLines(file)).toEqual([]);
  });
});
