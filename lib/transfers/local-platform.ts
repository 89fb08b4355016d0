import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { money } from "@/lib/money";
import type { PlatformMessage, PlatformRequest, TransferPlatformPort } from "./platform-port";
import { LOCAL_PLATFORM_CENTERS } from "./platform-centers";

export { LOCAL_PLATFORM_CENTERS };

/**
 * The local simulator of the national transfer platform. Each other center answers at once, from
 * SimulatedRemoteAccount (the depositors' accounts it holds):
 * - OUT: it accepts when it holds an account for the person (same ID number and name) and names
 *   its receiving bank account (its settlement account, LOCAL_PLATFORM_CENTERS); else it refuses.
 * - IN: it sends the whole balance and months when it holds a funded account for the person
 *   (zeroing it there); else it refuses.
 * A center marked offline (platform-centers.ts) does not answer (PLATFORM_UNAVAILABLE), to rehearse a failure.
 */

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16).toUpperCase();

function centerOf(code: string) {
  return LOCAL_PLATFORM_CENTERS.find((c) => c.code === code);
}

async function sendRequest(tx: Tx, request: PlatformRequest): Promise<{ platformRef: string }> {
  const center = centerOf(request.centerCode);
  if (!center || center.offline) throw new DomainError("PLATFORM_UNAVAILABLE", { details: { centerCode: request.centerCode } });
  const platformRef = `ZY${hash(request.reference)}`;
  const inserted = await tx.$executeRaw`
    INSERT INTO "SimulatedPlatformRequest" ("platformRef", reference, direction, "centerCode", "idNumber", name)
    VALUES (${platformRef}, ${request.reference}, ${request.direction}, ${request.centerCode}, ${request.idNumber}, ${request.name})
    ON CONFLICT (reference) DO NOTHING`;
  if (inserted !== 1) return { platformRef };
  const [remote] = await tx.$queryRaw<{ name: string; balance: string; months: number }[]>`
    SELECT name, balance::text, months FROM "SimulatedRemoteAccount"
     WHERE "centerCode" = ${request.centerCode} AND "idNumber" = ${request.idNumber} FOR UPDATE`;
  const known = remote && remote.name === request.name;
  if (request.direction === "OUT") {
    await tx.simulatedPlatformMessage.create({
      data: known
        ? {
            messageId: `${platformRef}:ACCEPTED`,
            platformRef,
            kind: "ACCEPTED",
            account: center.settlementAccount,
            accountName: center.name,
          }
        : {
            messageId: `${platformRef}:REFUSED`,
            platformRef,
            kind: "REFUSED",
            reason: `${center.name}未查到该职工的住房公积金账户，请先在转入地开户`,
          },
    });
  } else if (known && money(remote.balance).gt(0)) {
    await tx.simulatedRemoteAccount.update({
      where: { centerCode_idNumber: { centerCode: request.centerCode, idNumber: request.idNumber } },
      data: { balance: "0.00", months: 0 },
    });
    await tx.simulatedPlatformMessage.create({
      data: {
        messageId: `${platformRef}:FUNDS_ARRIVED`,
        platformRef,
        kind: "FUNDS_ARRIVED",
        amount: remote.balance,
        months: remote.months,
        receiptRef: `ZJ${hash(`${platformRef}:funds`)}`,
      },
    });
  } else {
    await tx.simulatedPlatformMessage.create({
      data: {
        messageId: `${platformRef}:REFUSED`,
        platformRef,
        kind: "REFUSED",
        reason: `${center.name}未查到该职工可转出的住房公积金账户`,
      },
    });
  }
  return { platformRef };
}

async function messagesFor(tx: Tx, platformRefs: string[]): Promise<PlatformMessage[]> {
  if (platformRefs.length === 0) return [];
  const rows = await tx.simulatedPlatformMessage.findMany({
    where: { platformRef: { in: platformRefs }, kind: { in: ["ACCEPTED", "REFUSED", "FUNDS_ARRIVED"] } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r): PlatformMessage => {
    if (r.kind === "ACCEPTED")
      return { messageId: r.messageId, platformRef: r.platformRef, kind: "ACCEPTED", account: r.account!, accountName: r.accountName! };
    if (r.kind === "FUNDS_ARRIVED") {
      return {
        messageId: r.messageId,
        platformRef: r.platformRef,
        kind: "FUNDS_ARRIVED",
        amount: r.amount!.toFixed(2),
        months: r.months!,
        receiptRef: r.receiptRef!,
      };
    }
    return { messageId: r.messageId, platformRef: r.platformRef, kind: "REFUSED", reason: r.reason ?? "对方中心未说明原因" };
  });
}

/** The other center receives the funds: its simulated account for the person is credited once. */
async function confirmFundsSent(tx: Tx, sent: { platformRef: string; amount: string; months: number; bankRef: string }): Promise<void> {
  const request = await tx.simulatedPlatformRequest.findUnique({ where: { platformRef: sent.platformRef } });
  if (!request) return;
  const messageId = `${sent.platformRef}:FUNDS_SENT`;
  const inserted = await tx.$executeRaw`
    INSERT INTO "SimulatedPlatformMessage" ("messageId", "platformRef", kind, amount, months, "receiptRef")
    VALUES (${messageId}, ${sent.platformRef}, 'FUNDS_SENT', ${sent.amount}::numeric, ${sent.months}, ${sent.bankRef})
    ON CONFLICT ("messageId") DO NOTHING`;
  if (inserted !== 1) return;
  await tx.$executeRaw`
    UPDATE "SimulatedRemoteAccount" SET balance = balance + ${sent.amount}::numeric, months = months + ${sent.months}
     WHERE "centerCode" = ${request.centerCode} AND "idNumber" = ${request.idNumber}`;
}

export const localPlatform: TransferPlatformPort = {
  name: "local",
  centers: () => LOCAL_PLATFORM_CENTERS,
  sendRequest,
  messagesFor,
  confirmFundsSent,
};

/** The transfer-platform adapter (only the local simulator so far). */
export function transferPlatform(): TransferPlatformPort {
  return localPlatform;
}
