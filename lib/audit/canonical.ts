import { createHash } from "node:crypto";

/**
 * The audit hash chain's canonical text, the TypeScript twin of the SQL functions in
 * prisma/migrations/20261126060000_audit_chain (audit_chain_field, audit_chain_canonical,
 * audit_chain_hash). Both MUST produce the same text for every row: the database writes the hashes,
 * lib/audit/verify-chain.ts recomputes them here.
 *
 * Fields in order, joined by "|": chainSeq, id, at, actorId, actorLabel, windowId, action,
 * entityType, entityId, fromState, toState, detail. NULL is written as \N; inside a value "\"
 * becomes "\\" and "|" becomes "\|", so two different rows never share a text.
 */

/** One audit row as PostgreSQL renders its columns in CHAIN_COLUMNS (bigints and jsonb as text). */
export type AuditChainRow = {
  chainSeq: string | null;
  id: string;
  at: string;
  actorId: string | null;
  actorLabel: string | null;
  windowId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  fromState: string | null;
  toState: string | null;
  detail: string | null;
  prevHash: string | null;
  hash: string | null;
};

export const ZERO_HASH = "0".repeat(64);

/**
 * The SELECT list that renders a row the way the SQL canonical function sees it: `at` with
 * to_char in the stored UTC wall time, `detail` in jsonb's own text form (key order, spacing).
 */
export const CHAIN_COLUMNS = `"chainSeq"::text AS "chainSeq", id::text AS id,
  to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, "actorId", "actorLabel", "windowId", action,
  "entityType", "entityId", "fromState", "toState", detail::text AS detail, "prevHash", hash`;

export function canonicalField(value: string | null): string {
  return value === null ? "\\N" : value.replaceAll("\\", "\\\\").replaceAll("|", "\\|");
}

export function canonicalAuditText(row: AuditChainRow): string {
  return [
    row.chainSeq,
    row.id,
    row.at,
    row.actorId,
    row.actorLabel,
    row.windowId,
    row.action,
    row.entityType,
    row.entityId,
    row.fromState,
    row.toState,
    row.detail,
  ]
    .map(canonicalField)
    .join("|");
}

/** hex(sha256(prevHash + "|" + canonical)), UTF-8, as audit_chain_hash computes it. */
export function chainHash(prevHash: string, canonical: string): string {
  return createHash("sha256").update(`${prevHash}|${canonical}`, "utf8").digest("hex");
}
