import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db";
import { dateColumn } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import { isYuanString, money } from "@/lib/money";
import type { IncomingTransfer } from "./bank-port";

/**
 * The local adapter's side of employer remittances: the simulated bank keeps the transfers it
 * received (SimulatedIncomingTransfer) and lists one day of them as its receipt file.
 */
export async function remittanceReceipts(tx: Tx, businessDate: string): Promise<IncomingTransfer[]> {
  return tx.$queryRaw<IncomingTransfer[]>`
    SELECT "bankRef", reference, amount::text AS amount, "payerName", to_char("receivedOn", 'YYYY-MM-DD') AS "receivedOn"
      FROM "SimulatedIncomingTransfer" WHERE "receivedOn" = ${businessDate}::date ORDER BY "bankRef"`;
}

export type SimulatedTransfer = { reference: string; amount: string; payerName: string; receivedOn: string; now: Date };

/**
 * The simulator only (no real bank has it): an employer's transfer arrives at the center's
 * account. It lands in the bank's receipt file; nothing in the center changes until staff import
 * that file. Errors: INVALID_AMOUNT.
 */
export async function simulateIncomingTransfer(tx: Tx, transfer: SimulatedTransfer): Promise<{ bankRef: string }> {
  if (!isYuanString(transfer.amount) || money(transfer.amount).lte(0)) throw new DomainError("INVALID_AMOUNT", { field: "amount" });
  const seed = `${transfer.reference}:${transfer.amount}:${transfer.now.toISOString()}:${Math.random()}`;
  const bankRef = `LBR${transfer.receivedOn.replaceAll("-", "")}${createHash("sha256").update(seed).digest("hex").slice(0, 12).toUpperCase()}`;
  await tx.simulatedIncomingTransfer.create({
    data: {
      bankRef,
      reference: transfer.reference,
      amount: money(transfer.amount).toFixed(2),
      payerName: transfer.payerName,
      receivedOn: dateColumn(transfer.receivedOn),
      createdAt: transfer.now,
    },
  });
  return { bankRef };
}
