import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseChannel } from "@/lib/generated/prisma/enums";
import { DomainError, isDomainError } from "@/lib/errors";
import { money } from "@/lib/money";
import { recordAudit } from "@/lib/audit/record-audit";
import { addMonthsClamped, dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import type { DocumentDraft } from "@/lib/documents/prepare-document";
import { banRefusalMessage } from "@/lib/fraud/blacklist-rule";
import { findActiveBan } from "@/lib/fraud/facts";
import { raiseFlags } from "@/lib/fraud/flags";
import { assertNoInsiderConflict } from "@/lib/fraud/insider-check";
import { normalizeMedicalRecord } from "@/lib/fraud/medical-record";
import { screenWithdrawal } from "@/lib/fraud/screen-withdrawal";
import type { TaxAuthorityPort } from "@/lib/fraud/tax-port";
import { checkWithdrawal } from "@/lib/withdrawals/check-withdrawal";
import { normalizeClaim } from "@/lib/withdrawals/check-facts";
import { decisionDeadline } from "@/lib/withdrawals/deadline";
import { REASON_RULES, type ClaimValues, type ReasonCode } from "@/lib/withdrawals/reasons";

export type SubmitWithdrawalOptions = {
  depositorId: string;
  actorId: string;
  windowId?: string | null;
  channel: CaseChannel;
  reasonCode: ReasonCode;
  amount: string;
  /** The reason's claim fields and anti-fraud facts (reasons.ts claimFields + factFields). */
  claim: ClaimValues;
  bankName: string;
  bankAccount: string;
  idempotencyKey: string;
  documents: DocumentDraft[];
  now?: Date;
  /** The tax authority's port; default the local TaxInvoice table. */
  taxAuthority?: TaxAuthorityPort;
};

export type SubmitWithdrawalResult = { withdrawalId: string; withdrawalNo: string; decideBy: string; status: "SUBMITTED" | "HELD"; duplicate: boolean };

const inFlightKey = (depositorId: string, reason: string) => `${depositorId}:${reason}`;

async function existing(idempotencyKey: string, depositorId: string): Promise<SubmitWithdrawalResult | null> {
  const found = await db.withdrawal.findUnique({ where: { idempotencyKey }, select: { id: true, withdrawalNo: true, decideBy: true, depositorId: true, status: true } });
  if (!found) return null;
  if (found.depositorId !== depositorId) throw new DomainError("FORBIDDEN");
  const status = found.status === "HELD" ? "HELD" : "SUBMITTED";
  return { withdrawalId: found.id, withdrawalNo: found.withdrawalNo, decideBy: found.decideBy.toISOString().slice(0, 10), status, duplicate: true };
}

/**
 * A citizen (online) or a teller (at a window) applies for a withdrawal. Inside one transaction:
 * 1. the blacklist: a ban in force refuses (BLACKLISTED, details.reason with the end date);
 * 2. insider control at a window: a teller cannot take their own or a declared relative's
 *    application (INSIDER_CONFLICT, flagged);
 * 3. the reason's rule set (documents, amount limit, frequency, full balance for closing reasons,
 *    the anti-fraud facts) against the account (RULES);
 * 4. the fraud checks (lib/fraud/screen-withdrawal): a registry mismatch refuses
 *    (REGISTRY_MISMATCH, flagged); a duplicate medical record, an invoice the tax authority does not
 *    know or a repeat-traded home HOLD the withdrawal (status HELD, one FraudFlag each) until a
 *    risk officer clears it (→ SUBMITTED) or confirms fraud (→ REJECTED).
 * The balance does not change here: it changes once, at payout. A repeated idempotency key returns
 * the first withdrawal (double submit); a second application for a reason in flight (SUBMITTED,
 * HELD or APPROVED) is refused by the unique inFlightKey. A refusal's flags are written in their
 * own transaction, so they outlive the rollback; a blacklist refusal leaves an audit entry.
 * Errors: NO_ACCOUNT, BLACKLISTED, INSIDER_CONFLICT, RULES (details.issues: field + message),
 * REGISTRY_MISMATCH (details.issues), IN_FLIGHT, FORBIDDEN.
 */
export async function submitWithdrawal(opts: SubmitWithdrawalOptions): Promise<SubmitWithdrawalResult> {
  const again = await existing(opts.idempotencyKey, opts.depositorId);
  if (again) return again;
  const now = opts.now ?? new Date();
  const today = todayInShanghai(now);
  const rule = REASON_RULES[opts.reasonCode];
  const windowId = opts.channel === "WINDOW" ? (opts.windowId ?? null) : null;
  const claim = normalizeClaim(opts.claim);
  try {
    return await db.$transaction(async (tx) => {
      const depositor = await tx.depositor.findUnique({
        where: { id: opts.depositorId },
        select: { idNumber: true, spouse: { select: { idNumber: true } }, account: { select: { id: true, balance: true, status: true } } },
      });
      const account = depositor?.account;
      if (!depositor || !account) throw new DomainError("NO_ACCOUNT");
      const ban = await findActiveBan(tx, [depositor.idNumber], today);
      if (ban) {
        const message = banRefusalMessage(ban, opts.channel === "WINDOW");
        throw new DomainError("BLACKLISTED", { message, details: { reason: message, entryId: ban.id, endsOn: ban.endsOn } });
      }
      if (opts.channel === "WINDOW") {
        await assertNoInsiderConflict(tx, {
          staffUserId: opts.actorId,
          partyIdNumbers: [depositor.idNumber],
          depositorId: opts.depositorId,
          action: "WITHDRAWAL_SUBMIT",
          refusalKey: `withdrawal:${opts.idempotencyKey}`,
          windowId,
        });
      }
      const since = rule.frequency ? addMonthsClamped(today, -rule.frequency.perMonths) : today;
      const recentCount = rule.frequency
        ? await tx.withdrawal.count({ where: { depositorId: opts.depositorId, reasonCode: opts.reasonCode, status: { not: "REJECTED" }, submittedAt: { gte: dateColumn(since) } } })
        : 0;
      const check = checkWithdrawal({
        rule,
        amount: opts.amount,
        claim,
        balance: account.balance.toFixed(2),
        accountStatus: account.status,
        recentCount,
        documentKinds: opts.documents.map((d) => d.kind),
        today,
      });
      if (!check.ok) throw new DomainError("RULES", { details: { issues: check.issues } });
      const screening = await screenWithdrawal(tx, {
        applicant: { depositorId: opts.depositorId, idNumber: depositor.idNumber, spouseIdNumber: depositor.spouse?.idNumber ?? null },
        reasonCode: opts.reasonCode,
        claim,
        documents: opts.documents,
        asOf: today,
        handledById: opts.channel === "WINDOW" ? opts.actorId : null,
        windowId,
        applicationKey: `withdrawal:${opts.idempotencyKey}`,
        taxAuthority: opts.taxAuthority,
      });
      const status = screening.holds.length > 0 ? "HELD" : "SUBMITTED";
      const decideBy = decisionDeadline(today);
      const withdrawal = await tx.withdrawal.create({
        data: {
          withdrawalNo: `TQ${today.replaceAll("-", "")}${randomBytes(4).toString("hex").toUpperCase()}`,
          accountId: account.id,
          depositorId: opts.depositorId,
          reasonCode: opts.reasonCode,
          amount: money(opts.amount.trim()).toFixed(2),
          claim,
          status,
          channel: opts.channel,
          windowId,
          bankName: opts.bankName,
          bankAccount: opts.bankAccount,
          idempotencyKey: opts.idempotencyKey,
          inFlightKey: inFlightKey(opts.depositorId, opts.reasonCode),
          submittedById: opts.actorId,
          submittedAt: now,
          decideBy: dateColumn(decideBy),
        },
      });
      if (opts.documents.length) {
        await tx.uploadedDocument.createMany({
          data: opts.documents.map((d) => ({ ...d, withdrawalId: withdrawal.id, uploadedById: opts.actorId, uploadedAt: now })),
        });
      }
      if (screening.medicalFingerprint) {
        const record = normalizeMedicalRecord({
          hospital: claim.hospital ?? "",
          admissionDate: claim.admissionDate ?? "",
          dischargeDate: claim.dischargeDate ?? "",
          diagnosis: claim.diagnosis ?? "",
          totalAmount: claim.medicalTotal ?? "",
        });
        await tx.medicalRecordFingerprint.create({
          data: {
            withdrawalId: withdrawal.id,
            depositorId: opts.depositorId,
            hospital: record.hospital,
            admissionDate: dateColumn(record.admissionDate),
            dischargeDate: dateColumn(record.dischargeDate),
            diagnosis: record.diagnosis,
            totalAmount: record.totalAmount,
            fingerprint: screening.medicalFingerprint,
            createdAt: now,
          },
        });
      }
      await recordAudit(tx, {
        actorId: opts.actorId,
        windowId,
        action: status === "HELD" ? "WITHDRAWAL_HELD" : "WITHDRAWAL_SUBMITTED",
        entityType: "Withdrawal",
        entityId: withdrawal.id,
        toState: status,
        detail: {
          reasonCode: opts.reasonCode,
          amount: withdrawal.amount.toFixed(2),
          channel: opts.channel,
          documents: opts.documents.map((d) => d.sha256),
          ...(status === "HELD" ? { flags: screening.holds.map((h) => h.kind) } : {}),
        },
      });
      await raiseFlags(tx, screening.holds.map((h) => ({ ...h, withdrawalId: withdrawal.id })), { actorId: opts.actorId, windowId });
      return { withdrawalId: withdrawal.id, withdrawalNo: withdrawal.withdrawalNo, decideBy, status, duplicate: false };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      // The same key raced in: the first one won, answer with it. Otherwise one is in flight.
      const first = await existing(opts.idempotencyKey, opts.depositorId);
      if (first) return first;
      throw new DomainError("IN_FLIGHT", { field: "reasonCode" });
    }
    if (isDomainError(error) && error.code === "BLACKLISTED") {
      // After the rollback: the refused attempt stays on record for the risk officers.
      await recordAudit(db, {
        actorId: opts.actorId,
        windowId,
        action: "BLACKLIST_REFUSAL",
        entityType: "BlacklistEntry",
        entityId: String(error.details?.entryId),
        detail: { depositorId: opts.depositorId, channel: opts.channel, reasonCode: opts.reasonCode, amount: opts.amount },
      });
    }
    throw error;
  }
}
