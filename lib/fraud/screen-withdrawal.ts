import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { loadCertificateFacts } from "@/lib/fraud/facts";
import { recordRefusalFlags, type FlagDraft } from "@/lib/fraud/flags";
import { INVOICE_PROBLEM_MESSAGES, checkDeedTaxInvoice } from "@/lib/fraud/invoice-check";
import { MEDICAL_DOCUMENT_KINDS, medicalFingerprint, mergeMedicalMatches } from "@/lib/fraud/medical-record";
import { checkRegistryClaim, type RegistryMismatchCode } from "@/lib/fraud/registry-check";
import { registryFlagReason } from "@/lib/fraud/refusal-messages";
import { isRepeatTrade } from "@/lib/fraud/repeat-trade";
import { localTaxAuthority, type TaxAuthorityPort } from "@/lib/fraud/tax-port";
import type { ClaimValues, FactField, ReasonCode } from "@/lib/withdrawals/reasons";

export type WithdrawalScreeningInput = {
  applicant: { depositorId: string; idNumber: string; spouseIdNumber: string | null };
  reasonCode: ReasonCode;
  claim: ClaimValues;
  documents: readonly { kind: string; sha256: string }[];
  asOf: string;
  /** The teller who took it at a window (null online). */
  handledById: string | null;
  windowId: string | null;
  /** The application's idempotency key: a refused double submit is flagged once. */
  applicationKey: string;
  taxAuthority?: TaxAuthorityPort;
};

/** Findings that hold the withdrawal (HELD) for a risk officer; flags are written once it exists. */
export type WithdrawalScreening = { holds: Omit<FlagDraft, "withdrawalId">[]; medicalFingerprint: string | null };

const FIELD_OF: Record<RegistryMismatchCode, FactField> = {
  CERT_NOT_FOUND: "propertyCertNo",
  CERT_CANCELLED: "propertyCertNo",
  APPLICANT_NOT_OWNER: "propertyCertNo",
  UNIT: "propertyCertNo",
  OWNER_NAME: "propertyOwner",
  AREA: "propertyArea",
  DATE: "propertyRegisteredOn",
};

async function screenPurchase(
  tx: Tx,
  input: WithdrawalScreeningInput,
  base: Omit<FlagDraft, "kind" | "reason" | "detail">,
): Promise<WithdrawalScreening["holds"]> {
  const { claim, applicant } = input;
  const owners = [applicant.idNumber, ...(applicant.spouseIdNumber ? [applicant.spouseIdNumber] : [])];
  const facts = await loadCertificateFacts(tx, claim.propertyCertNo ?? "");
  const claimed = {
    certNo: claim.propertyCertNo ?? "",
    ownerName: claim.propertyOwner,
    area: claim.propertyArea,
    registeredOn: claim.propertyRegisteredOn,
  };
  const verdict = checkRegistryClaim({ ...claimed, applicantIdNumbers: owners }, facts?.record ?? null);
  if (!verdict.ok) {
    const mismatches = verdict.mismatches.map((m) => m.code);
    const issues = mismatches.map((code) => ({ field: FIELD_OF[code], code }));
    await recordRefusalFlags(
      [
        {
          ...base,
          kind: "REGISTRY_MISMATCH",
          reason: registryFlagReason("WITHDRAWAL", mismatches),
          detail: { reasonCode: input.reasonCode, claimed, registered: facts?.record ?? null, mismatches: verdict.mismatches },
        },
      ],
      input.applicationKey,
    );
    throw new DomainError("REGISTRY_MISMATCH", { details: { mismatches, issues } });
  }
  const holds: WithdrawalScreening["holds"] = [];
  const trade = isRepeatTrade(
    facts!.transfers.map((t) => t.issuedOn),
    input.asOf,
  );
  if (trade.repeat) {
    holds.push({
      ...base,
      kind: "REPEAT_TRADE",
      reason: `该住房 ${trade.since} 以来已交易 ${trade.transfers.length} 次（12个月内2次及以上）`,
      detail: {
        unitNo: facts!.record.unitNo,
        certNo: facts!.record.certNo,
        since: trade.since,
        transfers: facts!.transfers.filter((t) => trade.transfers.includes(t.issuedOn)),
      },
    });
  }
  const invoiceNo = claim.deedTaxInvoiceNo ?? "";
  const invoice = await (input.taxAuthority ?? localTaxAuthority(tx)).findDeedTaxInvoice(invoiceNo);
  const check = checkDeedTaxInvoice({ invoiceNo, buyerIdNumbers: owners, unitNo: facts!.record.unitNo }, invoice);
  if (!check.ok) {
    holds.push({
      ...base,
      kind: "INVOICE_NOT_FOUND",
      reason: `${INVOICE_PROBLEM_MESSAGES[check.problem]}（${invoiceNo}）`,
      detail: { invoiceNo, problem: check.problem, invoice },
    });
  }
  return holds;
}

async function screenIllness(
  tx: Tx,
  input: WithdrawalScreeningInput,
  base: Omit<FlagDraft, "kind" | "reason" | "detail">,
): Promise<WithdrawalScreening> {
  const { claim, applicant } = input;
  const fingerprint = medicalFingerprint({
    hospital: claim.hospital ?? "",
    admissionDate: claim.admissionDate ?? "",
    dischargeDate: claim.dischargeDate ?? "",
    diagnosis: claim.diagnosis ?? "",
    totalAmount: claim.medicalTotal ?? "",
  });
  const hashes = input.documents.filter((d) => (MEDICAL_DOCUMENT_KINDS as readonly string[]).includes(d.kind)).map((d) => d.sha256);
  // One query after the other: a transaction runs on one connection anyway.
  const byFingerprint = await tx.medicalRecordFingerprint.findMany({
    where: { fingerprint, depositorId: { not: applicant.depositorId } },
    select: { withdrawalId: true, depositorId: true },
    take: 20,
  });
  const byDocument = hashes.length
    ? await tx.uploadedDocument.findMany({
        where: {
          sha256: { in: hashes },
          kind: { in: [...MEDICAL_DOCUMENT_KINDS] },
          withdrawal: { reasonCode: "09", depositorId: { not: applicant.depositorId } },
        },
        select: { withdrawalId: true, withdrawal: { select: { depositorId: true } } },
        take: 20,
      })
    : [];
  const matches = mergeMedicalMatches(
    byFingerprint,
    byDocument.map((d) => ({ withdrawalId: d.withdrawalId!, depositorId: d.withdrawal!.depositorId })),
  );
  const holds: WithdrawalScreening["holds"] = matches.length
    ? [
        {
          ...base,
          kind: "DUPLICATE_MEDICAL_RECORD",
          reason: `病历资料与其他 ${matches.length} 笔重大疾病提取申请相同，申请人不同`,
          detail: { fingerprint, documentHashes: hashes, matches },
        },
      ]
    : [];
  return { holds, medicalFingerprint: fingerprint };
}

/**
 * The application-time fraud checks of a withdrawal, inside its transaction (the blacklist and
 * insider checks run before, in submitWithdrawal):
 * - purchase (01): registry cross-check of the certificate (owner, area, date, the applicant or
 *   spouse an owner) — a mismatch refuses: REGISTRY_MISMATCH (details.reason, details.issues at
 *   the form's fields), flagged in its own transaction first; then repeat trades (≥ 2 transfers in
 *   12 months) and the deed-tax invoice through the tax port — each holds;
 * - critical illness (09): the record's fingerprint and the medical files' SHA-256 against every
 *   other person's illness claim — a match holds.
 */
export async function screenWithdrawal(tx: Tx, input: WithdrawalScreeningInput): Promise<WithdrawalScreening> {
  const base = { depositorId: input.applicant.depositorId, handledById: input.handledById, windowId: input.windowId };
  if (input.reasonCode === "01") return { holds: await screenPurchase(tx, input, base), medicalFingerprint: null };
  if (input.reasonCode === "09") return screenIllness(tx, input, base);
  return { holds: [], medicalFingerprint: null };
}
