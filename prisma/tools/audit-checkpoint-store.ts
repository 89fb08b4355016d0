// Where the audit chain's signed checkpoints live: OUTSIDE the database, in a JSON file keyed by
// database ("host:port/database"), signed with a key the database never sees.
//   file: HPF_AUDIT_CHECKPOINT_FILE, default .data/audit-checkpoints.json
//   key:  HPF_AUDIT_CHECKPOINT_KEY, else one made once into .data/audit-checkpoint-key (mode 0600)
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AuditCheckpoint } from "../../lib/audit/checkpoint";
import { dataDir } from "./project-paths";

export type CheckpointStore = { file: string; key: string };

export function defaultCheckpointStore(): CheckpointStore {
  const file = process.env.HPF_AUDIT_CHECKPOINT_FILE || path.join(dataDir, "audit-checkpoints.json");
  return { file, key: checkpointKey() };
}

function checkpointKey(): string {
  if (process.env.HPF_AUDIT_CHECKPOINT_KEY) return process.env.HPF_AUDIT_CHECKPOINT_KEY;
  const file = path.join(dataDir, "audit-checkpoint-key");
  const saved = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  if (saved.length >= 32) return saved;
  const key = randomBytes(32).toString("base64url");
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

function readAll(file: string): Record<string, AuditCheckpoint> {
  if (!existsSync(file)) return {};
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, AuditCheckpoint>) : {};
}

export function readCheckpoint(file: string, database: string): AuditCheckpoint | null {
  return readAll(file)[database] ?? null;
}

/** Replaces the database's checkpoint (write to a temp file, then rename: never half a file). */
export function writeCheckpoint(file: string, checkpoint: AuditCheckpoint): void {
  const all = { ...readAll(file), [checkpoint.database]: checkpoint };
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(all, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, file);
}
