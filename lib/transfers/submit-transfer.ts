import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import type { CaseChannel } from "@/lib/generated/prisma/enums";
import { DomainError, isDomainError } from "@/lib/errors";
import { money } from "@/lib/money";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, requireTellerAtWindow, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { todayInShanghai } from "@/lib/dates/calendar";
import { banRefusalFacts } from "@/lib/fraud/blacklist-rule";
import { findActiveBan } from "@/lib/fraud/facts";
import { assertNoInsiderConflict } from "@/lib/fraud/insider-check";
import { assertNoLoanOutstanding } from "@/lib/closing/loan-outstanding";
import type { TransferPlatformPort } from "@/lib/transfers/platform-port";
import { transferPlatform } from "@/lib/transfers/local-platform";
import { checkPresence, type Presence } from "@/lib/withdrawals/window-checks";
import { countFailedPresenceTry } from "@/lib/withdrawals/presence-code";

export type SubmitTransferOptions = {
  /** ONLINE: the depositor's own CITIZEN user; WINDOW: a TELLER signed in to a window. */
  actor: Actor;
  channel: CaseChannel;
  direction: "OUT" | "IN";
  depositorId: string;
  /** The other city's center on the platform. */
  otherCenterCode: string;
  idempotencyKey: string;
  /** At a window, for a transfer OUT: the evidence that the citizen is there (required there). */
  presence?: Presence;
  now?: Date;
  platform?: TransferPlatformPort;
};

export type SubmitTransferResult = { transferId: string; transferNo: string; status: "SUBMITTED" | "REQUESTED"; duplicate: boolean };

async function existing(reader: Pick<Tx, "fundTransfer">, key: string, depositorId: string): Promise<SubmitTransferResult | null> {
  const found = await reader.fundTransfer.findUnique({
    where: { idempotencyKey: key },
    select: { id: true, transferNo: true, status: true, depositorId: true },
  });
  if (!found) return null;
  if (found.depositorId !== depositorId) throw new DomainError("FORBIDDEN");
  return {
    transferId: found.id,
    transferNo: found.transferNo,
    status: found.status === "SUBMITTED" ? "SUBMITTED" : "REQUESTED",
    duplicate: true,
  };
}

/**
 * A citizen (online, for their own account) or a teller (at a window) applies for a transfer
 * through the national platform (异地转移接续):
 * - OUT (转出): the account's balance, its 销户结息 and its contribution months go to another city's
 *   center and the account is closed. It waits as SUBMITTED for a second person's approval
 *   (decide-transfer-out.ts); nothing is sent or paid here.
 * - IN (转入): a balance at another city's center comes to this account. The request goes to the
 *   platform at once (REQUESTED); the funds are credited only when the platform reports they
 *   arrived (handle-platform-message.ts).
 * Refused, with nothing written: the other center is this center or not on the platform
 * (SAME_CENTER, UNKNOWN_CENTER, field otherCenterCode), no account or a closed one (NO_ACCOUNT,
 * ACCOUNT_CLOSED), another transfer in flight (TRANSFER_IN_FLIGHT); for OUT also a loan outstanding as
 * borrower or co-borrower (LOAN_OUTSTANDING), a ban in force (BLACKLISTED, details.reason), a
 * withdrawal in flight (WITHDRAWAL_IN_FLIGHT), a zero balance (NOTHING_TO_TRANSFER), and at a window
 * a staff member's own or a declared relative's account (INSIDER_CONFLICT) and, for OUT, no evidence
 * that the citizen is there — the ID card read or their portal code, the same rule as a window
 * withdrawal (checkPresence: PRESENCE_REQUIRED, PRESENCE_MISMATCH, PRESENCE_CODE_INVALID). The
 * account row is locked first; a repeated idempotency key returns the first transfer (double submit).
 * Errors also: FORBIDDEN_ROLE, WINDOW_REQUIRED, FORBIDDEN, PLATFORM_UNAVAILABLE (IN).
 */
export async function submitTransfer(opts: SubmitTransferOptions): Promise<SubmitTransferResult> {
  const windowId = opts.channel === "WINDOW" ? requireTellerAtWindow(opts.actor) : null;
  if (opts.channel === "ONLINE") requireActorRole(opts.actor, "CITIZEN");
  const platform = opts.platform ?? transferPlatform();
  const now = opts.now ?? new Date();
  const again = await existing(db, opts.idempotencyKey, opts.depositorId);
  if (again) return again;
  const other = platform.centers().find((c) => c.code === opts.otherCenterCode);
  if (!other) throw new DomainError("UNKNOWN_CENTER", { field: "otherCenterCode" });
  try {
    return await applyInTransaction(opts, other, platform, windowId, now);
  } catch (error) {
    // After the rollback: a wrong portal code counts against the live code (five burn it).
    if (isDomainError(error) && error.code === "PRESENCE_CODE_INVALID")
      await countFailedPresenceTry((error.details?.codeId as string | null) ?? null);
    throw error;
  }
}

function applyInTransaction(
  opts: SubmitTransferOptions,
  other: { code: string; name: string },
  platform: TransferPlatformPort,
  windowId: string | null,
  now: Date,
): Promise<SubmitTransferResult> {
  const actorId = opts.actor.userId;
  return inTransaction(
    async (tx) => {
      if (opts.channel === "ONLINE") {
        const own = await tx.user.findUnique({ where: { id: actorId }, select: { depositorId: true } });
        if (own?.depositorId !== opts.depositorId) throw new DomainError("FORBIDDEN");
      }
      const depositor = await tx.depositor.findUnique({
        where: { id: opts.depositorId },
        select: {
          idNumber: true,
          name: true,
          account: { select: { id: true, employer: { select: { center: { select: { code: true } } } } } },
        },
      });
      if (!depositor?.account) throw new DomainError("NO_ACCOUNT");
      if (depositor.account.employer.center.code === other.code) throw new DomainError("SAME_CENTER", { field: "otherCenterCode" });
      // NOTE: the lock serializes this depositor's transfers, withdrawals and closings.
      const [account] = await tx.$queryRaw<{ id: string; balance: string; status: string }[]>`
        SELECT id, balance::text, status::text FROM "DepositAccount" WHERE id = ${depositor.account.id} FOR UPDATE`;
      if (!account) throw new DomainError("NO_ACCOUNT");
      const first = await existing(tx, opts.idempotencyKey, opts.depositorId);
      if (first) return first;
      if (account.status === "CLOSED") throw new DomainError("ACCOUNT_CLOSED");
      if (await tx.fundTransfer.findUnique({ where: { inFlightKey: opts.depositorId }, select: { id: true } })) {
        throw new DomainError("TRANSFER_IN_FLIGHT");
      }
      if (opts.direction === "OUT") {
        const ban = await findActiveBan(tx, [depositor.idNumber], todayInShanghai(now));
        if (ban) {
          // Facts only: lib/fraud/refusal-messages words them at the edge (transferMessage).
          throw new DomainError("BLACKLISTED", { details: { ...banRefusalFacts(ban, opts.channel === "WINDOW"), entryId: ban.id } });
        }
        await assertNoLoanOutstanding(tx, opts.depositorId);
        const inFlight = await tx.withdrawal.count({
          where: { depositorId: opts.depositorId, status: { in: ["SUBMITTED", "HELD", "APPROVED"] } },
        });
        if (inFlight > 0) throw new DomainError("WITHDRAWAL_IN_FLIGHT");
        if (money(account.balance).lte(0)) throw new DomainError("NOTHING_TO_TRANSFER");
      }
      if (windowId) {
        await assertNoInsiderConflict(tx, {
          staffUserId: actorId,
          partyIdNumbers: [depositor.idNumber],
          depositorId: opts.depositorId,
          action: "TRANSFER_SUBMIT",
          refusalKey: `transfer:${opts.idempotencyKey}`,
          windowId,
        });
      }
      const presence =
        windowId && opts.direction === "OUT"
          ? await checkPresence(tx, {
              depositor: { id: opts.depositorId, idNumber: depositor.idNumber, name: depositor.name },
              presence: opts.presence,
              actorId,
              now,
            })
          : null;
      const transferNo = `ZY${todayInShanghai(now).replaceAll("-", "")}${randomBytes(4).toString("hex").toUpperCase()}`;
      const platformRef =
        opts.direction === "IN"
          ? (
              await platform.sendRequest(tx, {
                reference: transferNo,
                direction: "IN",
                centerCode: other.code,
                idNumber: depositor.idNumber,
                name: depositor.name,
              })
            ).platformRef
          : null;
      const status = opts.direction === "IN" ? "REQUESTED" : "SUBMITTED";
      const transfer = await tx.fundTransfer.create({
        data: {
          transferNo,
          direction: opts.direction,
          status,
          depositorId: opts.depositorId,
          accountId: account.id,
          otherCenterCode: other.code,
          otherCenterName: other.name,
          channel: opts.channel,
          windowId,
          idempotencyKey: opts.idempotencyKey,
          inFlightKey: opts.depositorId,
          submittedById: actorId,
          submittedAt: now,
          platformRef,
        },
      });
      await recordAudit(tx, {
        actorId,
        windowId,
        action: opts.direction === "OUT" ? "TRANSFER_OUT_SUBMITTED" : "TRANSFER_IN_REQUESTED",
        entityType: "FundTransfer",
        entityId: transfer.id,
        toState: status,
        detail: {
          transferNo,
          otherCenterCode: other.code,
          channel: opts.channel,
          ...(platformRef ? { platformRef } : {}),
          ...(presence ? { presence } : {}),
        },
      });
      return { transferId: transfer.id, transferNo, status, duplicate: false };
    },
    // Two requests raced past the in-flight check: the unique inFlightKey lets one through.
    { onUnique: () => new DomainError("TRANSFER_IN_FLIGHT") },
  );
}
