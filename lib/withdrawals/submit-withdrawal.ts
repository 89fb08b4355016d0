import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { CaseChannel } from "@/lib/generated/prisma/enums";
import { DomainError, isDomainError } from "@/lib/errors";
import { money } from "@/lib/money";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, requireTellerAtWindow, type Actor } from "@/lib/auth/actor";
import type { BankPort } from "@/lib/bank/bank-port";
import { bankPort } from "@/lib/bank/choose-bank";
import { addMonthsClamped, dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { inTransaction } from "@/lib/db/transaction";
import type { DocumentDraft } from "@/lib/documents/prepare-document";
import { banRefusalFacts } from "@/lib/fraud/blacklist-rule";
import { findActiveBan } from "@/lib/fraud/facts";
import { raiseFlags } from "@/lib/fraud/flags";
import { assertNoInsiderConflict } from "@/lib/fraud/insider-check";
import { normalizeMedicalRecord } from "@/lib/fraud/medical-record";
import { screenWithdrawal } from "@/lib/fraud/screen-withdrawal";
import type { TaxAuthorityPort } from "@/lib/fraud/tax-port";
import { checkWithdrawal } from "@/lib/withdrawals/check-withdrawal";
import { normalizeClaim } from "@/lib/withdrawals/check-facts";
import { decisionDeadline } from "@/lib/withdrawals/deadline";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { assertNoConflictingInFlight } from "@/lib/withdrawals/in-flight";
import { countFailedPresenceTry } from "@/lib/withdrawals/presence-code";
import { auditRefusal } from "@/lib/withdrawals/refusals";
import { type ClaimValues, type ReasonCode } from "@/lib/withdrawals/reasons";
import { reasonRulesInForce } from "@/lib/withdrawals/reason-rules-store";
import { checkAtWindow, type Presence } from "@/lib/withdrawals/window-checks";
import { assertNoLoanOutstanding } from "@/lib/closing/loan-outstanding";
import { withdrawalQueued } from "@/lib/notifications/queue-events";

export type SubmitWithdrawalOptions = {
  depositorId: string;
  /** ONLINE: the depositor's own CITIZEN user; WINDOW: a TELLER signed in to a window. */
  actor: Actor;
  channel: CaseChannel;
  reasonCode: ReasonCode;
  amount: string;
  /** The reason's claim fields and anti-fraud facts (reasons.ts claimFields + factFields). */
  claim: ClaimValues;
  bankName: string;
  bankAccount: string;
  idempotencyKey: string;
  documents: DocumentDraft[];
  /** At the window: how the citizen's presence is evidenced (required there). */
  presence?: Presence;
  now?: Date;
  /** The tax authority's port; default the local TaxInvoice table. */
  taxAuthority?: TaxAuthorityPort;
  /** The bank port (the payee card's real-name check); default bankPort(). */
  bank?: BankPort;
};

export type SubmitWithdrawalResult = {
  withdrawalId: string;
  withdrawalNo: string;
  decideBy: string;
  status: "SUBMITTED" | "HELD";
  duplicate: boolean;
};

const inFlightKey = (depositorId: string, reason: string) => `${depositorId}:${reason}`;

async function existing(
  reader: Pick<typeof db, "withdrawal">,
  idempotencyKey: string,
  depositorId: string,
): Promise<SubmitWithdrawalResult | null> {
  const found = await reader.withdrawal.findUnique({
    where: { idempotencyKey },
    select: { id: true, withdrawalNo: true, decideBy: true, depositorId: true, status: true },
  });
  if (!found) return null;
  if (found.depositorId !== depositorId) throw new DomainError("FORBIDDEN");
  const status = found.status === "HELD" ? "HELD" : "SUBMITTED";
  return {
    withdrawalId: found.id,
    withdrawalNo: found.withdrawalNo,
    decideBy: found.decideBy.toISOString().slice(0, 10),
    status,
    duplicate: true,
  };
}

/**
 * A citizen (online, for their own account) or a teller (at a window) applies for a withdrawal.
 * The depositor's account row is locked first, so applications for one depositor run one after
 * the other. Inside one transaction:
 * 1. who: online, a CITIZEN whose user is this depositor; at a window, a TELLER signed in to one
 *    (FORBIDDEN_ROLE, WINDOW_REQUIRED, FORBIDDEN);
 * 2. the blacklist: a ban in force refuses (BLACKLISTED, details: the ban's reason and end date);
 * 3. at a window: insider control (INSIDER_CONFLICT, flagged), the citizen's presence (ID card
 *    read or their portal confirmation code) and the payee card in the depositor's own name through
 *    the bank port (window-checks.ts);
 * 4. one in flight: a reason already in flight, or one reasons.ts does not let run beside another
 *    in flight, refuses (IN_FLIGHT, details.reason);
 * 5. the reason's rule set (documents, amount limit, frequency, full balance for closing reasons,
 *    the anti-fraud facts) against the account (RULES);
 * 6. the fraud checks (lib/fraud/screen-withdrawal): a registry mismatch refuses
 *    (REGISTRY_MISMATCH, flagged); a duplicate medical record, an invoice the tax authority does not
 *    know or a repeat-traded home HOLD the withdrawal (status HELD, one FraudFlag each) until a
 *    risk officer clears it (→ SUBMITTED) or confirms fraud (→ REJECTED).
 * The balance does not change here: it changes once, at payout. A repeated idempotency key returns
 * the first withdrawal (double submit). A refusal's flags are written in their own transaction, so
 * they outlive the rollback; a blacklist refusal and the window's refusals leave an audit entry.
 * Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, NO_ACCOUNT, BLACKLISTED, INSIDER_CONFLICT,
 * PRESENCE_REQUIRED, PRESENCE_MISMATCH, PRESENCE_CODE_INVALID, CARD_NOT_FOUND, CARD_NAME_MISMATCH,
 * IN_FLIGHT, RULES (details.issues: field + message), REGISTRY_MISMATCH (details.issues), FORBIDDEN,
 * LOAN_OUTSTANDING (a reason that closes the account while a loan is open, lib/closing).
 */
export async function submitWithdrawal(opts: SubmitWithdrawalOptions): Promise<SubmitWithdrawalResult> {
  const windowId = opts.channel === "WINDOW" ? requireTellerAtWindow(opts.actor) : null;
  if (opts.channel === "ONLINE") requireActorRole(opts.actor, "CITIZEN");
  const actorId = opts.actor.userId;
  const again = await existing(db, opts.idempotencyKey, opts.depositorId);
  if (again) return again;
  const now = opts.now ?? new Date();
  const today = todayInShanghai(now);
  // The rule in force on the application date (versioned data, /admin/parameters; default: reasons.ts).
  const rule = (await reasonRulesInForce(db, today)).rules[opts.reasonCode];
  const claim = normalizeClaim(opts.claim);
  try {
    return await inTransaction(
      async (tx) => {
        if (opts.channel === "ONLINE") {
          const own = await tx.user.findUnique({ where: { id: actorId }, select: { depositorId: true } });
          if (own?.depositorId !== opts.depositorId) throw new DomainError("FORBIDDEN");
        }
        const depositor = await tx.depositor.findUnique({
          where: { id: opts.depositorId },
          select: { id: true, idNumber: true, name: true, spouse: { select: { idNumber: true } }, account: { select: { id: true } } },
        });
        if (!depositor || !depositor.account) throw new DomainError("NO_ACCOUNT");
        // NOTE: the lock serializes this depositor's applications (double submit, one in flight).
        const [account] = await tx.$queryRaw<{ id: string; balance: string; status: string }[]>`
        SELECT id, balance::text AS balance, status::text AS status FROM "DepositAccount" WHERE id = ${depositor.account.id} FOR UPDATE`;
        if (!account) throw new DomainError("NO_ACCOUNT");
        const first = await existing(tx, opts.idempotencyKey, opts.depositorId);
        if (first) return first;
        const ban = await findActiveBan(tx, [depositor.idNumber], today);
        if (ban) throw new DomainError("BLACKLISTED", { details: { ...banRefusalFacts(ban, opts.channel === "WINDOW"), entryId: ban.id } });
        let presence: Presence["kind"] | null = null;
        if (opts.channel === "WINDOW") {
          await assertNoInsiderConflict(tx, {
            staffUserId: actorId,
            partyIdNumbers: [depositor.idNumber],
            depositorId: opts.depositorId,
            action: "WITHDRAWAL_SUBMIT",
            refusalKey: `withdrawal:${opts.idempotencyKey}`,
            windowId,
          });
          presence = await checkAtWindow(tx, opts.bank ?? bankPort(), {
            depositor,
            presence: opts.presence,
            bankAccount: opts.bankAccount,
            actorId,
            now,
          });
        }
        await assertNoConflictingInFlight(tx, opts.depositorId, opts.reasonCode);
        if (rule.closesAccount) await assertNoLoanOutstanding(tx, opts.depositorId);
        const since = rule.frequency ? addMonthsClamped(today, -rule.frequency.perMonths) : today;
        const recentCount = rule.frequency
          ? await tx.withdrawal.count({
              where: {
                depositorId: opts.depositorId,
                reasonCode: opts.reasonCode,
                status: { not: "REJECTED" },
                submittedAt: { gte: dateColumn(since) },
              },
            })
          : 0;
        const check = checkWithdrawal({
          rule,
          amount: opts.amount,
          claim,
          balance: money(account.balance).toFixed(2),
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
          handledById: opts.channel === "WINDOW" ? actorId : null,
          windowId,
          applicationKey: `withdrawal:${opts.idempotencyKey}`,
          taxAuthority: opts.taxAuthority,
        });
        const status = screening.holds.length > 0 ? "HELD" : "SUBMITTED";
        const decideBy = decisionDeadline(today, await loadCalendar(tx));
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
            submittedById: actorId,
            presence,
            submittedAt: now,
            decideBy: dateColumn(decideBy),
          },
        });
        if (opts.documents.length) {
          await tx.uploadedDocument.createMany({
            data: opts.documents.map((d) => ({ ...d, withdrawalId: withdrawal.id, uploadedById: actorId, uploadedAt: now })),
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
          actorId,
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
        await raiseFlags(
          tx,
          screening.holds.map((h) => ({ ...h, withdrawalId: withdrawal.id })),
          { actorId, windowId },
        );
        // The checkers' inbox, or the risk officers' for a HELD one (released, it goes to the checkers then).
        await withdrawalQueued(tx, {
          withdrawalId: withdrawal.id,
          queue: status === "HELD" ? "WITHDRAWAL_HOLD" : "WITHDRAWAL_DECIDE",
          now,
        });
        return { withdrawalId: withdrawal.id, withdrawalNo: withdrawal.withdrawalNo, decideBy, status, duplicate: false };
      },
      { onUnique: () => new DomainError("DUPLICATE_RACE") },
    );
  } catch (error) {
    if (isDomainError(error) && error.code === "DUPLICATE_RACE") {
      // The same key raced in past the lock (it cannot, but the unique index is the last word).
      const first = await existing(db, opts.idempotencyKey, opts.depositorId);
      if (first) return first;
      throw new DomainError("IN_FLIGHT", { field: "reasonCode" });
    }
    if (isDomainError(error) && error.code === "BLACKLISTED") {
      // After the rollback: the refused attempt stays on record for the risk officers.
      await recordAudit(db, {
        actorId,
        windowId,
        action: "BLACKLIST_REFUSAL",
        entityType: "BlacklistEntry",
        entityId: String(error.details?.entryId),
        detail: { depositorId: opts.depositorId, channel: opts.channel, reasonCode: opts.reasonCode, amount: opts.amount },
      });
    }
    if (isDomainError(error) && error.code === "PRESENCE_CODE_INVALID")
      await countFailedPresenceTry((error.details?.codeId as string | null) ?? null);
    throw await auditRefusal(error, {
      actor: opts.actor,
      step: "SUBMIT",
      entityType: "Depositor",
      entityId: opts.depositorId,
      detail: { reasonCode: opts.reasonCode, amount: opts.amount, channel: opts.channel },
    });
  }
}
