import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { CHAIN_COLUMNS, ZERO_HASH, canonicalAuditText, chainHash, type AuditChainRow } from "@/lib/audit/canonical";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { asOwner } from "../setup/owner";

/** Runs `sql` as the table owner with the audit triggers off, in one transaction (nobody else sees them off). */
async function tamper(sql: string): Promise<void> {
  await asOwner(`ALTER TABLE "AuditEntry" DISABLE TRIGGER USER`, sql, `ALTER TABLE "AuditEntry" ENABLE TRIGGER USER`);
}

const rows = () =>
  db.$queryRawUnsafe<(AuditChainRow & { sql: string })[]>(
    `SELECT ${CHAIN_COLUMNS}, audit_chain_canonical(a) AS sql FROM "AuditEntry" a ORDER BY a."chainSeq"`,
  );

describe("audit hash chain", () => {
  it("links every row; the TypeScript canonical text equals PostgreSQL's, whatever the values", async () => {
    const tricky: Parameters<typeof recordAudit>[1][] = [
      { actorLabel: "seed", action: "A", entityType: "T", entityId: "1" },
      {
        actorLabel: "\\N",
        action: "pipe|and\\backslash",
        entityType: "T",
        entityId: "2",
        fromState: "",
        toState: "中文状态",
        detail: { b: 1.5, a: "x|y\\z", nested: { list: [1, "二", null, true] }, emoji: "🏠", quote: '"', nl: "line\nbreak" },
      },
      { action: "B", entityType: "T", entityId: "3", detail: "just a string" },
      { action: "C", entityType: "T", entityId: "4", detail: 12345678901234567890 },
    ];
    for (const entry of tricky) await recordAudit(db, entry);
    const all = await rows();
    expect(all.map((r) => r.chainSeq)).toEqual(["1", "2", "3", "4"]);
    let prev = ZERO_HASH;
    for (const row of all) {
      expect(canonicalAuditText(row)).toBe(row.sql);
      expect(row.prevHash).toBe(prev);
      expect(row.hash).toBe(chainHash(prev, row.sql));
      prev = row.hash!;
    }
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 4, lastSeq: "4", headHash: prev, firstBreak: null });
  });

  it("concurrent writers get consecutive chain numbers, in commit order", async () => {
    const before = (await rows()).length;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.$transaction(async (tx) => {
          await recordAudit(tx, { action: "PARALLEL", entityType: "T", entityId: `p${i}`, detail: { i } });
          await recordAudit(tx, { action: "PARALLEL", entityType: "T", entityId: `p${i}`, detail: { i, second: true } });
        }),
      ),
    );
    const all = await rows();
    expect(all.map((r) => Number(r.chainSeq))).toEqual(Array.from({ length: before + 40 }, (_, i) => i + 1));
    // Each transaction's two rows are adjacent: the lock is held to commit.
    for (let i = before; i < all.length; i += 2) expect(all[i]!.entityId).toBe(all[i + 1]!.entityId);
    expect(await verifyAuditChain(db, { chunkSize: 7 })).toMatchObject({ ok: true, checked: before + 40 });
  });

  it("the app's database user cannot update, delete or truncate audit rows", async () => {
    await expect(db.$executeRawUnsafe(`UPDATE "AuditEntry" SET action = 'X' WHERE "chainSeq" = 2`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEntry" WHERE "chainSeq" = 2`)).rejects.toThrow(/append-only: DELETE/);
    // The app's role has no TRUNCATE right at all; the table owner is stopped by the trigger.
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEntry"`)).rejects.toThrow(/permission denied/);
    await expect(asOwner(`TRUNCATE "AuditEntry"`)).rejects.toThrow(/append-only: TRUNCATE/);
    await expect(db.auditEntry.deleteMany({})).rejects.toThrow(/append-only/);
    // A client cannot pick its own place in the chain either.
    await db.auditEntry.create({
      data: { action: "FORGE", entityType: "T", entityId: "f", chainSeq: 1n, prevHash: ZERO_HASH, hash: ZERO_HASH },
    });
    const forged = await db.auditEntry.findFirstOrThrow({ where: { action: "FORGE" } });
    expect(forged.chainSeq).toBe(BigInt((await rows()).length));
    expect(forged.hash).not.toBe(ZERO_HASH);
  });

  it("verification finds an edited row and names the first broken link", async () => {
    const target = (await rows())[2]!;
    await tamper(`UPDATE "AuditEntry" SET "toState" = 'PAID' WHERE "chainSeq" = 3`);
    const edited = (await rows())[2]!;
    const report = await verifyAuditChain(db, { chunkSize: 2 });
    expect(report).toMatchObject({ ok: false, checked: 2, lastSeq: "2" });
    expect(report.firstBreak).toEqual({
      chainSeq: "3",
      id: target.id,
      problem: "HASH_MISMATCH",
      expected: chainHash(target.prevHash!, canonicalAuditText(edited)),
      stored: target.hash,
    });
    await tamper(`UPDATE "AuditEntry" SET "toState" = NULL WHERE "chainSeq" = 3`);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("finds a deleted row, and a row slipped in with the triggers off", async () => {
    await tamper(`DELETE FROM "AuditEntry" WHERE "chainSeq" = 5`);
    expect((await verifyAuditChain(db)).firstBreak).toMatchObject({ chainSeq: "6", problem: "SEQUENCE_GAP", expected: "5", stored: "6" });
    await tamper(
      `INSERT INTO "AuditEntry" (id, action, "entityType", "entityId", "chainSeq", "prevHash", hash) SELECT 5, 'PARALLEL', 'T', 'x', 5, "prevHash", hash FROM "AuditEntry" WHERE "chainSeq" = 6`,
    );
    expect((await verifyAuditChain(db)).firstBreak).toMatchObject({ chainSeq: "5", problem: "PREV_HASH_MISMATCH" });
  });

  it("reports a row outside the chain when the chain itself is intact", async () => {
    await tamper(`DELETE FROM "AuditEntry"`);
    await recordAudit(db, { action: "A", entityType: "T", entityId: "1" });
    await tamper(`INSERT INTO "AuditEntry" (action, "entityType", "entityId") VALUES ('SNEAKY', 'T', '2')`);
    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({ ok: false, checked: 1, firstBreak: { chainSeq: null, problem: "UNCHAINED" } });
  });
});
