import { money } from "@/lib/money";

/**
 * Registry cross-check (pure): what an applicant claims about a property certificate against what
 * the real-estate registry records. A forged or borrowed certificate shows up as a certificate the
 * registry does not have (or has cancelled), an owner, unit, area or date that differ, or an
 * applicant who is not among the registered owners. Every difference is a hard mismatch: the
 * application is refused and flagged (REGISTRY_MISMATCH).
 */

/** What the registry holds for one certificate number. */
export type RegistryRecord = {
  certNo: string;
  status: "VALID" | "CANCELLED";
  issuedOn: string;
  unitNo: string;
  buildingArea: string;
  owners: { idNumber: string; name: string }[];
  /** The unit's current VALID certificate, when this one was cancelled by a later transfer. */
  validCertNo: string | null;
};

/** The claim: the certificate's number plus whatever else the applicant stated from it. */
export type RegistryClaim = {
  certNo: string;
  /** The applicant (and a co-applicant or spouse): at least one must be a registered owner. */
  applicantIdNumbers: string[];
  ownerName?: string | null;
  unitNo?: string | null;
  area?: string | null;
  registeredOn?: string | null;
};

export type RegistryMismatchCode = "CERT_NOT_FOUND" | "CERT_CANCELLED" | "APPLICANT_NOT_OWNER" | "OWNER_NAME" | "UNIT" | "AREA" | "DATE";

/** One difference; `claimed` and `registered` are evidence for the risk officer, never shown to the applicant. */
export type RegistryMismatch = { code: RegistryMismatchCode; claimed: string | null; registered: string | null };
// The applicant-facing text of each code: REGISTRY_MISMATCH_MESSAGES in lib/fraud/refusal-messages.

/** Certificate numbers as people type them: trimmed, no spaces, full-width brackets made ASCII. */
export function normalizeCertNo(value: string): string {
  return value.replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")");
}

const normalizeName = (value: string) => value.replace(/\s+/g, "");

export function checkRegistryClaim(claim: RegistryClaim, record: RegistryRecord | null): { ok: boolean; mismatches: RegistryMismatch[] } {
  const certNo = normalizeCertNo(claim.certNo);
  if (!record) return { ok: false, mismatches: [{ code: "CERT_NOT_FOUND", claimed: certNo, registered: null }] };
  const mismatches: RegistryMismatch[] = [];
  const names = record.owners.map((o) => o.name).join("、");
  if (record.status !== "VALID") mismatches.push({ code: "CERT_CANCELLED", claimed: certNo, registered: record.validCertNo });
  if (!record.owners.some((o) => claim.applicantIdNumbers.includes(o.idNumber))) {
    mismatches.push({
      code: "APPLICANT_NOT_OWNER",
      claimed: claim.applicantIdNumbers.join("、"),
      registered: record.owners.map((o) => o.idNumber).join("、"),
    });
  }
  const ownerName = claim.ownerName ? normalizeName(claim.ownerName) : null;
  if (ownerName !== null && !record.owners.some((o) => normalizeName(o.name) === ownerName)) {
    mismatches.push({ code: "OWNER_NAME", claimed: ownerName, registered: names });
  }
  const unitNo = claim.unitNo?.trim().toUpperCase() || null;
  if (unitNo !== null && unitNo !== record.unitNo) mismatches.push({ code: "UNIT", claimed: unitNo, registered: record.unitNo });
  const area = claim.area?.trim() || null;
  if (area !== null && !money(area).eq(money(record.buildingArea))) {
    mismatches.push({ code: "AREA", claimed: area, registered: money(record.buildingArea).toFixed(2) });
  }
  const registeredOn = claim.registeredOn?.trim() || null;
  if (registeredOn !== null && registeredOn !== record.issuedOn)
    mismatches.push({ code: "DATE", claimed: registeredOn, registered: record.issuedOn });
  return { ok: mismatches.length === 0, mismatches };
}
