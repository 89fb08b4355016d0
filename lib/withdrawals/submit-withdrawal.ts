import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseChannel } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { money } from "@/lib/money";
import { recordAudit } from "@/lib/audit/record-audit";
import { addMonthsClamped, dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import type { DocumentDraft } from "@/lib/documents/prepare-document";
import { checkWithdrawal } from "@/lib/withdrawals/check-withdrawal";
import { decisionDeadline } from "@/lib/withdrawals/deadline";
import { REASON_RULES, type ClaimField, type ReasonCode } from "@/lib/withdrawals/reasons";

export type SubmitWithdrawalOptions = {
  depositorId: string;
  actorId: string;
  windowId?: string | null;
  channel: CaseChannel;
  reasonCode: ReasonCode;
  amount: string;
  claim: Partial<Record<ClaimField, string>>;
  bankName: string;
  bankAccount: string;
  idempotencyKey: string;
  documents: DocumentDraft[];
  now?: Date;
};

export type SubmitWithdrawalResult = { withdrawalId: string; withdrawalNo: string; decideBy: string; duplicate: boolean };

const inFlightKey = (depositorId: string, reason: string) => `${depositorId}:${reason}`;

async function existing(idempotencyKey: string, depositorId: string): Promise<SubmitWithdrawalResult | null> {
  const found = await db.withdrawal.findUnique({ where: { idempotencyKey }, select: { id: true, withdrawalNo: true, decideBy: true, depositorId: true } });
  if (!found) return null;
  if (found.depositorId !== depositorId) throw new DomainError("FORBIDDEN");
  return { withdrawalId: found.id, withdrawalNo: found.withdrawalNo, decideBy: found.decideBy.toISOString().slice(0, 10), duplicate: true };
}

/**
 * A citizen (online) or a teller (at a window) applies for a withdrawal. The reason's rule set
 * (documents, amount limit, frequency, full balance for closing reasons) is checked against the
 * account inside the transaction. The balance does not change here: it changes once, at payout.
 * A repeated idempotency key returns the first withdrawal (double submit); a second application
 * for a reason already in flight is refused by the unique inFlightKey.
 * Errors: NO_ACCOUNT, RULES (details.issues: field + message), IN_FLIGHT, FORBIDDEN.
 */
export async function submitWithdrawal(opts: SubmitWithdrawalOptions): Promise<SubmitWithdrawalResult> {
  const again = await existing(opts.idempotencyKey, opts.depositorId);
  if (again) return again;
  const now = opts.now ?? new Date();
  const today = todayInShanghai(now);
  const rule = REASON_RULES[opts.reasonCode];
  try {
    return await db.$transaction(async (tx) => {
      const account = await tx.depositAccount.findUnique({ where: { depositorId: opts.depositorId }, select: { id: true, balance: true, status: true } });
      if (!account) throw new DomainError("NO_ACCOUNT");
      const since = rule.frequency ? addMonthsClamped(today, -rule.frequency.perMonths) : today;
      const recentCount = rule.frequency
        ? await tx.withdrawal.count({ where: { depositorId: opts.depositorId, reasonCode: opts.reasonCode, status: { not: "REJECTED" }, submittedAt: { gte: dateColumn(since) } } })
        : 0;
      const check = checkWithdrawal({
        rule,
        amount: opts.amount,
        claim: opts.claim,
        balance: account.balance.toFixed(2),
        accountStatus: account.status,
        recentCount,
        documentKinds: opts.documents.map((d) => d.kind),
      });
      if (!check.ok) throw new DomainError("RULES", { details: { issues: check.issues } });
      const decideBy = decisionDeadline(today);
      const withdrawal = await tx.withdrawal.create({
        data: {
          withdrawalNo: `TQ${today.replaceAll("-", "")}${randomBytes(4).toString("hex").toUpperCase()}`,
          accountId: account.id,
          depositorId: opts.depositorId,
          reasonCode: opts.reasonCode,
          amount: money(opts.amount.trim()).toFixed(2),
          claim: opts.claim,
          channel: opts.channel,
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
      await recordAudit(tx, {
        actorId: opts.actorId,
        windowId: opts.windowId ?? null,
        action: "WITHDRAWAL_SUBMITTED",
        entityType: "Withdrawal",
        entityId: withdrawal.id,
        toState: "SUBMITTED",
        detail: { reasonCode: opts.reasonCode, amount: withdrawal.amount.toFixed(2), channel: opts.channel, documents: opts.documents.map((d) => d.sha256) },
      });
      return { withdrawalId: withdrawal.id, withdrawalNo: withdrawal.withdrawalNo, decideBy, duplicate: false };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      // The same key raced in: the first one won, answer with it. Otherwise one is in flight.
      const first = await existing(opts.idempotencyKey, opts.depositorId);
      if (first) return first;
      throw new DomainError("IN_FLIGHT", { field: "reasonCode" });
    }
    throw error;
  }
}
