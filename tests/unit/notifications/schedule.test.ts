import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REMINDER_DAYS_BEFORE, newlyOverdueDueDate, reminderDueDate } from "@/lib/notifications/batch-notices";
import { MAX_SMS_ATTEMPTS, retryDelayMs } from "@/lib/notifications/dispatch-sms";
import { localSms, readSentLines } from "@/lib/notifications/local-sms";

describe("which installments the daily batch of D speaks of", () => {
  it("reminds of those due on D + 3, across month and year ends and 29 February", () => {
    expect(REMINDER_DAYS_BEFORE).toBe(3);
    expect(reminderDueDate("2026-06-17")).toBe("2026-06-20");
    expect(reminderDueDate("2026-06-29")).toBe("2026-07-02");
    expect(reminderDueDate("2026-12-30")).toBe("2027-01-02");
    expect(reminderDueDate("2028-02-27")).toBe("2028-03-01");
    expect(reminderDueDate("2028-02-26")).toBe("2028-02-29");
  });

  it("tells of those that became overdue on D: due D − 1", () => {
    expect(newlyOverdueDueDate("2026-06-21")).toBe("2026-06-20");
    expect(newlyOverdueDueDate("2026-03-01")).toBe("2026-02-28");
    expect(newlyOverdueDueDate("2027-01-01")).toBe("2026-12-31");
  });
});

describe("SMS retries", () => {
  it("wait 10 s, 20 s, 40 s … at most 10 minutes, and give up after the last attempt", () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([10_000, 20_000, 40_000, 80_000, 160_000]);
    expect(retryDelayMs(12)).toBe(600_000);
    expect(MAX_SMS_ATTEMPTS).toBe(6);
  });
});

describe("the local SMS adapter", () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
  async function file() {
    const dir = await mkdtemp(path.join(os.tmpdir(), "hpf-sms-"));
    dirs.push(dir);
    return path.join(dir, "nested", "sms.jsonl");
  }

  it("appends one JSON line per message and answers a repeated id with its first receipt, writing nothing", async () => {
    const f = await file();
    const sms = localSms({ file: f });
    const first = await sms.send({ id: "m1", phone: "13912345678", text: "【住房公积金】一" });
    const again = await sms.send({ id: "m1", phone: "13912345678", text: "【住房公积金】一" });
    await sms.send({ id: "m2", phone: "13800000000", text: "【住房公积金】二" });
    expect(again).toEqual(first);
    const lines = await readSentLines(f);
    expect(lines.map((l) => [l.id, l.phone, l.text])).toEqual([
      ["m1", "13912345678", "【住房公积金】一"],
      ["m2", "13800000000", "【住房公积金】二"],
    ]);
    expect((await readFile(f, "utf8")).split("\n")).toHaveLength(3);
  });

  it("fails for a number that is not a mobile, or when told to, and writes nothing", async () => {
    const f = await file();
    await expect(localSms({ file: f }).send({ id: "x", phone: "025-8888", text: "t" })).rejects.toMatchObject({
      code: "SMS_SEND_FAILED",
      details: { reason: "号码无效" },
    });
    await expect(
      localSms({ file: f, failWith: () => "网关超时" }).send({ id: "y", phone: "13912345678", text: "t" }),
    ).rejects.toMatchObject({
      code: "SMS_SEND_FAILED",
      details: { reason: "网关超时" },
    });
    expect(await readSentLines(f)).toEqual([]);
  });
});
