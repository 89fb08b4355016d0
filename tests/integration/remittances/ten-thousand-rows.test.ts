import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { postRemittance } from "@/lib/remittances/post-remittance";
import { employerWithStaffCsv, payAndImport, remittanceParties } from "./fixtures";

const ROWS = 10_000;

describe("a 10,000-row remittance file", () => {
  it("is held in one transaction, then credited by its receipt in one transaction, with one ledger entry per row", async () => {
    const { employer, agent, admin } = await remittanceParties("91320100BIG00001X");
    const csv = await employerWithStaffCsv(employer.id, ROWS);

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

    expect(result).toMatchObject({ ok: true, rowCount: ROWS });
    // Bases 5,000.00 … 5,099.00 a hundred times over: Σ = 100 × (100 × 5,000 + 4,950) = 50,495,000.00,
    // at 12 % + 12 % (each row's share exact to the fen) = 12,118,800.00.
    expect(result).toMatchObject({ total: "12118800.00" });
    expect(await db.remittanceLine.count()).toBe(ROWS);
    expect(await db.contribution.count()).toBe(0);
    const imported = await payAndImport({
      agent,
      importer: admin,
      remittanceId: result.ok ? result.remittanceId : "",
      amount: result.ok ? result.total : "0",
      now,
    });
    expect(imported).toMatchObject({ credited: 1 });
    expect(await db.contribution.count()).toBe(ROWS);
    expect(await db.ledgerEntry.count({ where: { kind: "CONTRIBUTION" } })).toBe(ROWS);
    const credited = await db.ledgerEntry.aggregate({ where: { kind: "CONTRIBUTION" }, _sum: { amount: true } });
    expect(credited._sum.amount!.toFixed(2)).toBe("12118800.00");
    const balances = await db.depositAccount.aggregate({ where: { employerId: employer.id }, _sum: { balance: true } });
    expect(balances._sum.balance!.toFixed(2)).toBe("12118800.00");
    expect(await db.remittance.count({ where: { employerId: employer.id } })).toBe(1);
  }, 120_000);
});
