import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { money } from "@/lib/money";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import type { BankPort } from "@/lib/bank/bank-port";
import { dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { inTransaction } from "@/lib/db/transaction";
import { banRefusalFacts } from "@/lib/fraud/blacklist-rule";
import { banRefusalText } from "@/lib/fraud/refusal-messages";
import { findActiveBan } from "@/lib/fraud/facts";
import { assertNoLoanOutstanding } from "@/lib/closing/loan-outstanding";
import { postClosingInterest } from "@/lib/closing/post-closing-interest";
import type { PlatformMessage, TransferPlatformPort } from "@/lib/transfers/platform-port";

export type HandleOutcome = "COMPLETED" | "REFUSED" | "DUPLICATE" | "IGNORED";

/** The bank reference a transfer out is paid under: one per transfer, so the bank pays it once. */
export const transferPayoutReference = (transferId: string) => `transfer-out:${transferId}`;

type Ctx = { actor: Actor; now: Date; bank: BankPort; platform: TransferPlatformPort };
type Locked = { id: string; transferNo: string; direction: "OUT" | "IN"; status: string; depositorId: string; accountId: string };

/**
 * One platform message (callback), in one transaction, exactly once: its messageId is recorded
 * first (TransferPlatformMessage), so a repeated callback or two staff receiving at once act once.
 * - REFUSED: the transfer becomes REFUSED with the other center's reason; nothing moved.
 * - ACCEPTED (OUT): the blacklist and loans are checked again (a ban or loan since approval refuses
 *   the transfer, nothing paid); the 销户结息 is posted (same 积数 rule as 30 June), the whole
 *   balance is debited (never below zero), paid through the bank port to the other center's
 *   account under one reference per transfer (a receipt; the bank pays a reference once), the
 *   account is CLOSED at exactly zero, the contribution months sent are recorded and the platform is
 *   told. A bank refusal rolls everything back, the message included, so it is handled again later.
 * - FUNDS_ARRIVED (IN): the amount is credited once (the receipt reference is unique), with a
 *   TRANSFER_IN ledger entry, and the months carried over are recorded.
 * A message for a transfer no longer REQUESTED is recorded and changes nothing (IGNORED).
 * Errors: BANK_PAY_FAILED (details.reason), ACCOUNT_CLOSED (IN: the account was closed meanwhile).
 */
export async function handlePlatformMessage(message: PlatformMessage, ctx: Ctx): Promise<{ outcome: HandleOutcome; transferNo?: string }> {
  return inTransaction(async (tx) => {
    const [t] = await tx.$queryRaw<Locked[]>`
      SELECT id, "transferNo", direction::text AS direction, status::text AS status, "depositorId", "accountId"
        FROM "FundTransfer" WHERE "platformRef" = ${message.platformRef} FOR UPDATE`;
    if (!t) return { outcome: "IGNORED" as const };
    const recorded = await tx.$executeRaw`
      INSERT INTO "TransferPlatformMessage" ("messageId", "transferId", kind, "handledAt")
      VALUES (${message.messageId}, ${t.id}, ${message.kind}, ${ctx.now}) ON CONFLICT ("messageId") DO NOTHING`;
    if (recorded !== 1) return { outcome: "DUPLICATE" as const, transferNo: t.transferNo };
    if (t.status !== "REQUESTED") return { outcome: "IGNORED" as const, transferNo: t.transferNo };
    if (message.kind === "REFUSED") {
      await refuse(tx, t, message.reason, ctx, { by: "OTHER_CENTER" });
      return { outcome: "REFUSED" as const, transferNo: t.transferNo };
    }
    if (message.kind === "ACCEPTED" && t.direction === "OUT") return payOut(tx, t, message, ctx);
    if (message.kind === "FUNDS_ARRIVED" && t.direction === "IN") return creditIn(tx, t, message, ctx);
    return { outcome: "IGNORED" as const, transferNo: t.transferNo };
  });
}

async function refuse(tx: Tx, t: Locked, reason: string, ctx: Ctx, detail: Record<string, string>): Promise<void> {
  await tx.fundTransfer.update({
    where: { id: t.id },
    data: { status: "REFUSED", refusalReason: reason, inFlightKey: null, completedAt: ctx.now, version: { increment: 1 } },
  });
  await recordAudit(tx, {
    actorId: ctx.actor.userId,
    windowId: ctx.actor.windowId,
    action: "TRANSFER_REFUSED",
    entityType: "FundTransfer",
    entityId: t.id,
    fromState: "REQUESTED",
    toState: "REFUSED",
    detail: { transferNo: t.transferNo, reason, ...detail },
  });
}

async function payOut(tx: Tx, t: Locked, message: Extract<PlatformMessage, { kind: "ACCEPTED" }>, ctx: Ctx) {
  const today = todayInShanghai(ctx.now);
  const depositor = await tx.depositor.findUniqueOrThrow({ where: { id: t.depositorId }, select: { idNumber: true } });
  const ban = await findActiveBan(tx, [depositor.idNumber], today);
  if (ban) {
    // The refusal note kept on the transfer is worded by the one catalogue of refusal texts.
    await refuse(tx, t, banRefusalText(banRefusalFacts(ban, true)), ctx, { by: "BLACKLIST" });
    return { outcome: "REFUSED" as const, transferNo: t.transferNo };
  }
  try {
    await assertNoLoanOutstanding(tx, t.depositorId);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    await refuse(tx, t, "申请人尚有未结清的公积金贷款，不能转出", ctx, { by: "LOAN", loanNo: String(error.details?.loanNo ?? "") });
    return { outcome: "REFUSED" as const, transferNo: t.transferNo };
  }
  const posted = await postClosingInterest(tx, { accountId: t.accountId, closingDate: today, reference: t.transferNo, now: ctx.now });
  const amount = money(posted.balanceAfter);
  const months = await tx.contribution.count({ where: { accountId: t.accountId } });
  const debited = await tx.depositAccount.updateMany({
    where: { id: t.accountId, balance: amount.toFixed(2), status: { not: "CLOSED" } },
    data: { balance: "0.00", status: "CLOSED", version: { increment: 1 } },
  });
  if (debited.count !== 1) throw new DomainError("STALE");
  let receiptRef: string | null = null;
  if (amount.gt(0)) {
    const receipt = await ctx.bank.pay(tx, {
      reference: transferPayoutReference(t.id),
      payeeName: message.accountName,
      card: message.account,
      amount: amount.toFixed(2),
    });
    receiptRef = receipt.bankRef;
    await tx.ledgerEntry.create({
      data: {
        accountId: t.accountId,
        kind: "TRANSFER_OUT",
        amount: amount.negated().toFixed(2),
        balanceAfter: "0.00",
        valueDate: dateColumn(today),
        postedAt: ctx.now,
        reference: t.transferNo,
        note: `异地转出（转移接续平台 ${message.platformRef}）`,
      },
    });
    await ctx.platform.confirmFundsSent(tx, {
      platformRef: message.platformRef,
      amount: amount.toFixed(2),
      months,
      bankRef: receipt.bankRef,
    });
  }
  return completeTransfer(tx, t, ctx, {
    action: "TRANSFER_OUT_PAID",
    amount: amount.toFixed(2),
    months,
    receiptRef,
    closingInterest: posted.interest,
    detail: { closingInterest: posted.interest, bank: ctx.bank.name, accountClosed: true },
  });
}

async function creditIn(tx: Tx, t: Locked, message: Extract<PlatformMessage, { kind: "FUNDS_ARRIVED" }>, ctx: Ctx) {
  const [account] = await tx.$queryRaw<
    { status: string }[]
  >`SELECT status::text FROM "DepositAccount" WHERE id = ${t.accountId} FOR UPDATE`;
  if (!account || account.status === "CLOSED") throw new DomainError("ACCOUNT_CLOSED");
  const amount = money(message.amount);
  const updated = await tx.depositAccount.update({
    where: { id: t.accountId },
    data: { balance: { increment: amount.toFixed(2) }, version: { increment: 1 } },
    select: { balance: true },
  });
  await tx.ledgerEntry.create({
    data: {
      accountId: t.accountId,
      kind: "TRANSFER_IN",
      amount: amount.toFixed(2),
      balanceAfter: updated.balance.toFixed(2),
      valueDate: dateColumn(todayInShanghai(ctx.now)),
      postedAt: ctx.now,
      reference: t.transferNo,
      note: `异地转入（转移接续平台 ${message.platformRef}，缴存 ${message.months} 个月）`,
    },
  });
  // receiptRef is unique: the same funds can never be credited to two transfers.
  return completeTransfer(tx, t, ctx, {
    action: "TRANSFER_IN_CREDITED",
    amount: amount.toFixed(2),
    months: message.months,
    receiptRef: message.receiptRef,
    detail: { balanceAfter: updated.balance.toFixed(2) },
  });
}

/**
 * The end of a transfer either way, in the caller's transaction: the transfer COMPLETED with what
 * moved and its receipt (no longer in flight), and its audit row from REQUESTED to COMPLETED.
 */
async function completeTransfer(
  tx: Tx,
  t: Locked,
  ctx: Ctx,
  done: {
    action: "TRANSFER_OUT_PAID" | "TRANSFER_IN_CREDITED";
    amount: string;
    months: number;
    receiptRef: string | null;
    closingInterest?: string;
    detail: Record<string, unknown>;
  },
) {
  await tx.fundTransfer.update({
    where: { id: t.id },
    data: {
      status: "COMPLETED",
      amount: done.amount,
      ...(done.closingInterest === undefined ? {} : { closingInterest: done.closingInterest }),
      months: done.months,
      receiptRef: done.receiptRef,
      completedAt: ctx.now,
      inFlightKey: null,
      version: { increment: 1 },
    },
  });
  await recordAudit(tx, {
    actorId: ctx.actor.userId,
    windowId: ctx.actor.windowId,
    action: done.action,
    entityType: "FundTransfer",
    entityId: t.id,
    fromState: "REQUESTED",
    toState: "COMPLETED",
    detail: { transferNo: t.transferNo, amount: done.amount, months: done.months, receiptRef: done.receiptRef, ...done.detail },
  });
  return { outcome: "COMPLETED" as const, transferNo: t.transferNo };
}
