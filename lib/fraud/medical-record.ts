import { createHash } from "node:crypto";
import { parseIsoDate } from "@/lib/dates/calendar";
import { money } from "@/lib/money";

/**
 * Critical-illness hospital records, normalized and fingerprinted (pure). The fingerprint covers
 * what identifies the stay and its bill — hospital, admission and discharge dates, diagnosis and
 * total amount — and NOT the patient's name or age: the known fraud copies a real record and
 * changes only those. Two claims with one fingerprint (or one uploaded file, by its SHA-256) are
 * the same record.
 */

export type MedicalRecordInput = { hospital: string; admissionDate: string; dischargeDate: string; diagnosis: string; totalAmount: string };
export type NormalizedMedicalRecord = MedicalRecordInput;

/** The document kinds whose content hash is matched across illness claims. */
export const MEDICAL_DOCUMENT_KINDS = ["DIAGNOSIS", "MEDICAL_INVOICE"] as const;

/**
 * Text as a record says it, whoever typed it: Unicode NFKC (full-width → half-width), letters upper
 * case, and whitespace, punctuation and symbols dropped ("南京市第一医院（本部）" and
 * "南京市第一医院 (本部)" agree).
 */
export function normalizeRecordText(value: string): string {
  return value
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\p{P}\p{S}]/gu, "");
}

export function normalizeMedicalRecord(input: MedicalRecordInput): NormalizedMedicalRecord {
  parseIsoDate(input.admissionDate.trim());
  parseIsoDate(input.dischargeDate.trim());
  return {
    hospital: normalizeRecordText(input.hospital),
    admissionDate: input.admissionDate.trim(),
    dischargeDate: input.dischargeDate.trim(),
    diagnosis: normalizeRecordText(input.diagnosis),
    totalAmount: money(input.totalAmount.trim()).toFixed(2),
  };
}

/** sha256 hex of "v1|hospital|admission|discharge|diagnosis|amount" over the normalized record. */
export function medicalFingerprint(record: MedicalRecordInput): string {
  const n = normalizeMedicalRecord(record);
  const text = ["v1", n.hospital, n.admissionDate, n.dischargeDate, n.diagnosis, n.totalAmount].join("|");
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** How a past claim matched: same normalized fields, same uploaded file, or both. */
export type MedicalMatch = { withdrawalId: string; depositorId: string; via: ("FINGERPRINT" | "DOCUMENT")[] };

/** Merges fingerprint and document hits into one match per past withdrawal, in a stable order. */
export function mergeMedicalMatches(byFingerprint: Omit<MedicalMatch, "via">[], byDocument: Omit<MedicalMatch, "via">[]): MedicalMatch[] {
  const merged = new Map<string, MedicalMatch>();
  for (const [list, via] of [
    [byFingerprint, "FINGERPRINT"],
    [byDocument, "DOCUMENT"],
  ] as const) {
    for (const hit of list) {
      const match = merged.get(hit.withdrawalId) ?? { ...hit, via: [] };
      if (!match.via.includes(via)) match.via.push(via);
      merged.set(hit.withdrawalId, match);
    }
  }
  return [...merged.values()].sort((a, b) => a.withdrawalId.localeCompare(b.withdrawalId));
}
