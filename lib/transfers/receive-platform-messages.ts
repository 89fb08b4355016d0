import { db } from "@/lib/db";
import { DomainError, isDomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import type { BankPort } from "@/lib/bank/bank-port";
import { bankPort } from "@/lib/bank/choose-bank";
import type { TransferPlatformPort } from "@/lib/transfers/platform-port";
import { transferPlatform } from "@/lib/transfers/local-platform";
import { handlePlatformMessage } from "@/lib/transfers/handle-platform-message";

export type ReceiveResult = { completed: string[]; refused: string[]; failed: { transferNo: string; error: DomainError }[] };

/**
 * A TELLER or an ADMIN fetches the platform's messages for every transfer waiting on it
 * (REQUESTED) and handles each once, in its own transaction (handle-platform-message.ts): a
 * message already handled, by this call or an earlier one, changes nothing. A failure (the bank
 * refused the payout) leaves that transfer REQUESTED with an audit row, and the others go on.
 * Errors: FORBIDDEN_ROLE.
 */
export async function receivePlatformMessages(opts: {
  actor: Actor;
  now?: Date;
  bank?: BankPort;
  platform?: TransferPlatformPort;
}): Promise<ReceiveResult> {
  if (!opts.actor.roles.includes("TELLER") && !opts.actor.roles.includes("ADMIN")) {
    throw new DomainError("FORBIDDEN_ROLE", { details: { role: "TELLER" } });
  }
  const platform = opts.platform ?? transferPlatform();
  const ctx = { actor: opts.actor, now: opts.now ?? new Date(), bank: opts.bank ?? bankPort(), platform };
  const waiting = await db.fundTransfer.findMany({
    where: { status: "REQUESTED", platformRef: { not: null } },
    select: { id: true, transferNo: true, platformRef: true },
  });
  const messages = await db.$transaction((tx) =>
    platform.messagesFor(
      tx,
      waiting.map((t) => t.platformRef!),
    ),
  );
  const result: ReceiveResult = { completed: [], refused: [], failed: [] };
  for (const message of messages) {
    try {
      const handled = await handlePlatformMessage(message, ctx);
      if (handled.outcome === "COMPLETED") result.completed.push(handled.transferNo!);
      if (handled.outcome === "REFUSED") result.refused.push(handled.transferNo!);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const t = waiting.find((w) => w.platformRef === message.platformRef)!;
      await recordAudit(db, {
        actorId: opts.actor.userId,
        windowId: opts.actor.windowId,
        action: "TRANSFER_FAILED",
        entityType: "FundTransfer",
        entityId: t.id,
        detail: {
          messageId: message.messageId,
          code: error.code,
          ...(error.details?.reason ? { reason: String(error.details.reason) } : {}),
        },
      });
      result.failed.push({ transferNo: t.transferNo, error });
    }
  }
  return result;
}
