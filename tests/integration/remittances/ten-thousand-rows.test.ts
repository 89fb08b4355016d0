import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildResidentId } from "@/lib/identity/resident-id";
import { postRemittance } from "@/lib/remittances/post-remittance";
import { payAndImport, remittanceParties } from "./fixtures";

const ROWS = 10_000;

describe("a 10,000-row remittance file", () => {
  it("is held in one transaction, then credited by its receipt in one transaction, with one ledger entry per row", async () => {
    const { employer, agent, admin } = await remittanceParties("91320100BIG00001X");
    const people = Array.from({ length: ROWS }, (_, i) => ({
      id: `dep-${i}`,
      idNumber: buildResidentId("320102", `${1970 + Math.floor(i / 1000)}-01-01`, i % 1000),
      name: `职工${i}`,
    }));
    await db.depositor.createMany({
      data: people.map((p) => ({
        id: p.id,
        idNumber: p.idNumber,
        name: p.name,
        gender: "MALE" as const,
        birthDate: new Date("1980-01-01T00:00:00Z"),
        phone: "13800000000",
        maritalStatus: "SINGLE" as const,
        employerId: employer.id,
        monthlyIncome: "8000.00",
      })),
    });
    await db.depositAccount.createMany({
      data: people.map((p, i) => ({
        id: `acc-${i}`,
        accountNo: `B${String(i).padStart(9, "0")}`,
        depositorId: p.id,
        employerId: employer.id,
        contributionBase: "8000.00",
        employerRatePercent: "12",
        personalRatePercent: "12",
        openedOn: new Date("2020-01-01T00:00:00Z"),
      })),
    });
    const csv = [
      "身份证号,姓名,缴存基数,单位比例,个人比例",
      ...people.map((p, i) => `${p.idNumber},${p.name},${5000 + (i % 100)}.00,12,12`),
    ].join("\r\n");

    // Speed is measured by the benchmark (tests/bench), not asserted here.
    const now = new Date("2026-03-10T02:00:00Z");
    const result = await postRemittance({
      employerId: employer.id,
      month: "2026-03-01",
      actor: agent,
      source: "CSV",
      file: new TextEncoder().encode(csv),
      now,
    });

    expect(result).toMatchObject({ ok: true, rowCount: people.length });
    expect(await db.remittanceLine.count()).toBe(people.length);
    expect(await db.contribution.count()).toBe(0);
    const imported = await payAndImport({
      agent,
      importer: admin,
      remittanceId: result.ok ? result.remittanceId : "",
      amount: result.ok ? result.total : "0",
      now,
    });
    expect(imported).toMatchObject({ credited: 1 });
    expect(await db.contribution.count()).toBe(people.length);
    expect(await db.ledgerEntry.count({ where: { kind: "CONTRIBUTION" } })).toBe(people.length);
    expect(await db.remittance.count({ where: { employerId: employer.id } })).toBe(1);
  }, 120_000);
});
