import { createHmac, timingSafeEqual } from "node:crypto";
import type { RawReader } from "@/lib/audit/verify-chain";

/**
 * A signed checkpoint of the audit chain's head, kept OUTSIDE the database (a file under .data/,
 * signed with a key from the environment or .data/): the chain alone cannot show that its tail
 * was deleted or that it was recomputed from some row to the end, because what is left is
 * self-consistent. The checkpoint can: the row it names must still exist with the same hash.
 * Whoever can rewrite the database but not the checkpoint's key cannot forge a new one.
 */
export type AuditCheckpoint = {
  /** Which database it belongs to ("host:port/database"). */
  database: string;
  chainSeq: string;
  hash: string;
  /** When it was written (ISO). */
  at: string;
  /** HMAC-SHA256 (hex) of the fields above. */
  signature: string;
};

export type CheckpointProblem =
  /** The signature does not match: the checkpoint file was edited, or the key is not the one that signed it. */
  | "CHECKPOINT_SIGNATURE"
  /** The row the checkpoint names is gone: the chain's tail was deleted. */
  | "CHECKPOINT_ROW_MISSING"
  /** The row is there with another hash: the chain was rewritten up to or past the checkpoint. */
  | "CHECKPOINT_HASH_MISMATCH";

export const CHECKPOINT_PROBLEM_LABELS: Record<CheckpointProblem, string> = {
  CHECKPOINT_SIGNATURE: "检查点签名无效（检查点文件被改动或密钥不符）",
  CHECKPOINT_ROW_MISSING: "检查点记录的链上记录已不存在（链尾被删除）",
  CHECKPOINT_HASH_MISMATCH: "检查点记录的哈希与数据库不符（审计链被重写）",
};

function payload(cp: Omit<AuditCheckpoint, "signature">): string {
  return ["hpf-audit-checkpoint-v1", cp.database, cp.chainSeq, cp.hash, cp.at].join("|");
}

function mac(key: string, text: string): string {
  return createHmac("sha256", key).update(text, "utf8").digest("hex");
}

/** Signs the head (chainSeq, hash) of `database`'s chain with `key`. */
export function signCheckpoint(
  head: { database: string; chainSeq: string; hash: string },
  key: string,
  at: Date = new Date(),
): AuditCheckpoint {
  const unsigned = { database: head.database, chainSeq: head.chainSeq, hash: head.hash, at: at.toISOString() };
  return { ...unsigned, signature: mac(key, payload(unsigned)) };
}

export function checkpointSignatureValid(cp: AuditCheckpoint, key: string): boolean {
  const expected = Buffer.from(mac(key, payload(cp)), "hex");
  const stored = Buffer.from(typeof cp.signature === "string" ? cp.signature : "", "hex");
  return expected.length === stored.length && timingSafeEqual(expected, stored);
}

/**
 * Checks the database against a checkpoint: its signature, then that the row at its chainSeq
 * still exists with its hash. Null when it holds. Run together with verifyAuditChain, which proves
 * every later row links to that one.
 */
export async function checkAgainstCheckpoint(reader: RawReader, cp: AuditCheckpoint, key: string): Promise<CheckpointProblem | null> {
  if (!checkpointSignatureValid(cp, key)) return "CHECKPOINT_SIGNATURE";
  const rows = await reader.$queryRawUnsafe<{ hash: string | null }[]>(
    `SELECT hash FROM "AuditEntry" WHERE "chainSeq" = $1::bigint LIMIT 1`,
    cp.chainSeq,
  );
  if (rows.length === 0) return "CHECKPOINT_ROW_MISSING";
  return rows[0]!.hash === cp.hash ? null : "CHECKPOINT_HASH_MISMATCH";
}

/** "host:port/database" of a PostgreSQL URL: which database a checkpoint belongs to. */
export function databaseIdentity(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || "5432"}${decodeURIComponent(u.pathname)}`;
}
