import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { verifyWithCheckpoint } from "../../../prisma/tools/audit-verify-checkpoint";
import type { CheckpointStore } from "../../../prisma/tools/audit-checkpoint-store";
import { asOwner } from "../setup/owner";

const DATABASE = "test:5432/hpf";

function newStore(key = "a-key-that-the-database-never-sees-0123456789"): CheckpointStore {
  return { file: path.join(mkdtempSync(path.join(os.tmpdir(), "hpf-checkpoint-")), "audit-checkpoints.json"), key };
}

async function write(n: number, tag: string): Promise<void> {
  for (let i = 0; i < n; i++) await recordAudit(db, { action: "TEST", entityType: "T", entityId: `${tag}${i}`, detail: { i } });
}

/** As a superuser would: triggers off, then `sql`. */
const tamper = (sql: string) =>
  asOwner(`ALTER TABLE "AuditEntry" DISABLE TRIGGER USER`, sql, `ALTER TABLE "AuditEntry" ENABLE TRIGGER USER`);

/** Recomputes every hash from chainSeq `from` on, so the chain is self-consistent again. */
const RECHAIN = (from: number) => `DO $$ DECLARE r record; prev text; BEGIN
  SELECT hash INTO prev FROM "AuditEntry" WHERE "chainSeq" = ${from - 1};
  FOR r IN SELECT id FROM "AuditEntry" WHERE "chainSeq" >= ${from} ORDER BY "chainSeq" LOOP
    UPDATE "AuditEntry" a SET "prevHash" = prev, hash = audit_chain_hash(prev, audit_chain_canonical(a)) WHERE a.id = r.id RETURNING a.hash INTO prev;
  END LOOP; END $$`;

describe("a truncated or rewritten audit chain fails verification", () => {
  it("the checkpoint catches a tail deleted by a superuser, and new rows appended in its place", async () => {
    await write(6, "a");
    const store = newStore();
    expect(await verifyWithCheckpoint(db, DATABASE, store)).toMatchObject({ ok: true, checkpointProblem: null, advancedTo: "6" });

    await tamper(`DELETE FROM "AuditEntry" WHERE "chainSeq" >= 5`);
    // The chain alone cannot tell: what is left links up.
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, lastSeq: "4" });
    const saved = readFileSync(store.file, "utf8");
    expect(await verifyWithCheckpoint(db, DATABASE, store)).toMatchObject({
      ok: false,
      chain: { ok: true },
      checkpoint: { chainSeq: "6" },
      checkpointProblem: "CHECKPOINT_ROW_MISSING",
      advancedTo: null,
    });
    expect(readFileSync(store.file, "utf8")).toBe(saved); // a failed check never moves the checkpoint

    await write(2, "b"); // the numbers 5 and 6 exist again, with other content
    expect(await verifyWithCheckpoint(db, DATABASE, store)).toMatchObject({
      ok: false,
      chain: { ok: true },
      checkpointProblem: "CHECKPOINT_HASH_MISMATCH",
    });
  });

  it("the checkpoint catches a chain edited and recomputed from a row to the end", async () => {
    await write(5, "c");
    const store = newStore();
    const first = await verifyWithCheckpoint(db, DATABASE, store);
    expect(first.ok).toBe(true);
    const head = first.chain.lastSeq!;

    await tamper(`UPDATE "AuditEntry" SET "toState" = 'PAID' WHERE "chainSeq" = 3`);
    expect((await verifyAuditChain(db)).firstBreak).toMatchObject({ chainSeq: "3", problem: "HASH_MISMATCH" });
    await tamper(RECHAIN(3));
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, lastSeq: head });
    expect(await verifyWithCheckpoint(db, DATABASE, store)).toMatchObject({
      ok: false,
      chain: { ok: true },
      checkpointProblem: "CHECKPOINT_HASH_MISMATCH",
    });
  });

  it("a checkpoint edited by hand or checked with another key is refused", async () => {
    await write(1, "d");
    const store = newStore();
    expect((await verifyWithCheckpoint(db, DATABASE, store)).ok).toBe(true);
    expect(
      (await verifyWithCheckpoint(db, DATABASE, { ...store, key: "another-key-another-key-another-key-0000" })).checkpointProblem,
    ).toBe("CHECKPOINT_SIGNATURE");

    const all = JSON.parse(readFileSync(store.file, "utf8")) as Record<string, { chainSeq: string }>;
    all[DATABASE]!.chainSeq = "1";
    writeFileSync(store.file, JSON.stringify(all));
    expect(await verifyWithCheckpoint(db, DATABASE, store)).toMatchObject({ ok: false, checkpointProblem: "CHECKPOINT_SIGNATURE" });
  });

  it("a database without a checkpoint yet is checked on its chain and gets one", async () => {
    const store = newStore();
    const result = await verifyWithCheckpoint(db, "other:5432/hpf", store);
    expect(result).toMatchObject({ ok: true, checkpoint: null });
    expect(result.advancedTo).toBe(result.chain.lastSeq);
  });
});

describe("the app's database role", () => {
  it("is not a superuser and owns no table, so it cannot switch the audit triggers off", async () => {
    const [me] = await db.$queryRawUnsafe<{ user: string; superuser: boolean; createrole: boolean }[]>(
      `SELECT current_user AS "user", rolsuper AS superuser, rolcreaterole AS createrole FROM pg_roles WHERE rolname = current_user`,
    );
    expect(me).toEqual({ user: "hpf_app", superuser: false, createrole: false });
    const [owned] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pg_tables WHERE tableowner = current_user`);
    expect(owned!.n).toBe(0);

    await expect(db.$executeRawUnsafe(`ALTER TABLE "AuditEntry" DISABLE TRIGGER USER`)).rejects.toThrow(/must be owner/);
    await expect(db.$executeRawUnsafe(`ALTER TABLE "AuditEntry" DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
    await expect(db.$executeRawUnsafe(`SET session_replication_role = replica`)).rejects.toThrow(/permission denied/);
    await expect(db.$executeRawUnsafe(`DROP TRIGGER "AuditEntry_no_update_delete" ON "AuditEntry"`)).rejects.toThrow(/must be owner/);
    await expect(db.$executeRawUnsafe(`CREATE TABLE sneaky (id int)`)).rejects.toThrow(/permission denied/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "_prisma_migrations"`)).rejects.toThrow(/permission denied/);
    // … while the owner that ran the migrations still can (the tests above rely on it).
    await expect(
      asOwner(`ALTER TABLE "AuditEntry" DISABLE TRIGGER USER`, `ALTER TABLE "AuditEntry" ENABLE TRIGGER USER`),
    ).resolves.toBeUndefined();
  });
});
