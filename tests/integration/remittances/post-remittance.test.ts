import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { postRemittance } from "@/lib/remittances/post-remittance";
import { createAccountHolder } from "../accounts/fund-fixtures";
import { balanceOf, payAndImport, remittanceParties } from "./fixtures";

const NOW = new Date("2026-03-10T02:00:00Z");
const HEADER = "身份证号,姓名,缴存基数,单位比例,个人比例";
const csv = (...lines: string[]) => new TextEncoder().encode(`\uFEFF${[HEADER, ...lines].join("\r\n")}\r\n`);

describe("postRemittance", () => {
  it("a file with one bad row writes nothing and reports the row; the fixed file is held until its bank receipt credits every row", async () => {
    const { employer, agent, admin } = await remittanceParties();
    const a = await createAccountHolder(employer.id, { name: "张三", balance: "1000.00" });
    const b = await createAccountHolder(employer.id, { name: "李四" });
    const c = await createAccountHolder(employer.id, { name: "王五" });
    const bad = csv(`${a.idNumber},张三,8000.00,12,12`, `${b.idNumber},李四,2000.00,12,12`, `${c.idNumber},王五,5000,12,12`);

    const refused = await postRemittance({
      employerId: employer.id,
      month: "2026-03-01",
      actor: agent,
      source: "CSV",
      file: bad,
      now: NOW,
    });
    expect(refused).toEqual({ ok: false, errors: [{ row: 3, column: "缴存基数", reason: "不能低于最低工资 2490.00 元" }] });
    expect(await db.contribution.count()).toBe(0);
    expect(await db.ledgerEntry.count({ where: { kind: "CONTRIBUTION" } })).toBe(0);
    expect(await db.remittance.count()).toBe(0);
    expect(await db.remittanceLine.count()).toBe(0);
    expect(await db.employerRate.count()).toBe(0);
    expect(await balanceOf(a.account.id)).toBe("1000.00");

    const fixed = csv(`${a.idNumber},张三,8000.00,12,12`, `${b.idNumber},李四,2490.00,12,12`, `${c.idNumber},王五,5000,12,12`);
    const posted = await postRemittance({
      employerId: employer.id,
      month: "2026-03-01",
      actor: agent,
      source: "CSV",
      file: fixed,
      now: NOW,
    });
    expect(posted).toMatchObject({
      ok: true,
      status: "PENDING_PAYMENT",
      rowCount: 3,
      employerTotal: "1858.80",
      personalTotal: "1858.80",
      total: "3717.60",
    });
    expect(posted.ok && posted.paymentReference).toMatch(/^HJ202603[0-9A-Z]{8}$/);
    // Submitted, not credited: no contribution, no ledger entry, no balance change.
    expect(await db.contribution.count()).toBe(0);
    expect(await db.remittanceLine.count()).toBe(3);
    expect(await balanceOf(a.account.id)).toBe("1000.00");
    expect(await db.auditEntry.count({ where: { action: "REMITTANCE_SUBMITTED" } })).toBe(1);

    await payAndImport({ agent, importer: admin, remittanceId: posted.ok ? posted.remittanceId : "", amount: "3717.60", now: NOW });
    expect(await db.contribution.count()).toBe(3);
    const ledgerA = await db.ledgerEntry.findFirstOrThrow({ where: { accountId: a.account.id, kind: "CONTRIBUTION" } });
    expect([ledgerA.amount.toFixed(2), ledgerA.balanceAfter.toFixed(2), ledgerA.valueDate.toISOString().slice(0, 10)]).toEqual([
      "1920.00",
      "2920.00",
      "2026-03-10",
    ]);
    expect(await balanceOf(b.account.id)).toBe("597.60");
    expect(await db.employerRate.findFirst({ select: { yearStart: true } })).toEqual({ yearStart: 2025 });
    expect(await db.auditEntry.count({ where: { action: "REMITTANCE_CREDITED" } })).toBe(1);

    await expect(
      postRemittance({ employerId: employer.id, month: "2026-03-01", actor: agent, source: "CSV", file: fixed, now: NOW }),
    ).rejects.toMatchObject({
      code: "MONTH_ALREADY_POSTED",
      field: "month",
    });
    expect(await db.contribution.count()).toBe(3);
  });

  it("holds the year's rate pair and refuses a future month and a malformed file", async () => {
    const { employer, agent } = await remittanceParties("91320100FUND0002X");
    const a = await createAccountHolder(employer.id, { name: "赵六" });
    await db.employerRate.create({
      data: { employerId: employer.id, yearStart: 2025, employerRatePercent: "10", personalRatePercent: "10" },
    });
    const backPayReason = "系统切换前漏缴";
    const wrongRate = await postRemittance({
      employerId: employer.id,
      month: "2026-02-01",
      backPayReason,
      actor: agent,
      source: "CSV",
      file: csv(`${a.idNumber},赵六,5000,12,12`),
      now: NOW,
    });
    expect(wrongRate.ok).toBe(false);
    await expect(
      postRemittance({
        employerId: employer.id,
        month: "2026-04-01",
        actor: agent,
        source: "CSV",
        file: csv(`${a.idNumber},赵六,5000,10,10`),
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: "MONTH_IN_FUTURE" });
    const gbk = await postRemittance({
      employerId: employer.id,
      month: "2026-02-01",
      backPayReason,
      actor: agent,
      source: "CSV",
      file: new Uint8Array([0xc9, 0xed, 0xb7, 0xdd]),
      now: NOW,
    });
    expect(gbk).toMatchObject({ ok: false, errors: [{ column: "文件" }] });
    expect(await db.contribution.count({ where: { employerId: employer.id } })).toBe(0);
    expect(await db.remittance.count({ where: { employerId: employer.id } })).toBe(0);
  });

  it("takes the same rows from the on-screen editor (source SCREEN)", async () => {
    const { employer, agent } = await remittanceParties("91320100FUND0003X");
    const a = await createAccountHolder(employer.id, { name: "孙七" });
    const rows = [{ row: 1, idNumber: a.idNumber, name: "孙七", base: "6000.00", employerRate: "8", personalRate: "8" }];
    const bad = await postRemittance({
      employerId: employer.id,
      month: "2026-03-01",
      actor: agent,
      source: "SCREEN",
      rows: [{ ...rows[0]!, base: "6000.001" }],
      now: NOW,
    });
    expect(bad).toEqual({ ok: false, errors: [{ row: 1, column: "缴存基数", reason: "应为金额，最多两位小数，例如 8000.00" }] });
    const ok = await postRemittance({ employerId: employer.id, month: "2026-03-01", actor: agent, source: "SCREEN", rows, now: NOW });
    expect(ok).toMatchObject({ ok: true, rowCount: 1, total: "960.00" });
    expect(await db.remittance.findFirst({ where: { employerId: employer.id }, select: { source: true, fileSha256: true } })).toEqual({
      source: "SCREEN",
      fileSha256: null,
    });
  });

  it("checks the role and the employer inside: another employer's agent or a teller cannot submit", async () => {
    const { employer, admin } = await remittanceParties("91320100FUND0004X");
    const other = await remittanceParties("91320100FUND0005X");
    const a = await createAccountHolder(employer.id, { name: "周八" });
    const file = csv(`${a.idNumber},周八,5000,12,12`);
    await expect(
      postRemittance({ employerId: employer.id, month: "2026-03-01", actor: admin, source: "CSV", file, now: NOW }),
    ).rejects.toMatchObject({ code: "FORBIDDEN_ROLE" });
    await expect(
      postRemittance({ employerId: employer.id, month: "2026-03-01", actor: other.agent, source: "CSV", file, now: NOW }),
    ).rejects.toMatchObject({ code: "FORBIDDEN_EMPLOYER" });
    expect(await db.remittance.count({ where: { employerId: employer.id } })).toBe(0);
  });
});
