import { DomainError } from "@/lib/errors";
import type { Tx } from "@/lib/db";
import { money, displayYuan } from "@/lib/money";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { todayInShanghai } from "@/lib/dates/calendar";
import { bankPort } from "@/lib/bank/choose-bank";
import type { IncomingTransfer } from "@/lib/bank/bank-port";
import { creditRemittance } from "@/lib/remittances/credit-remittance";
import { monthOfDateColumn } from "@/lib/remittances/back-payment";

export type ImportReceiptsOptions = { actor: Actor; /** "YYYY-MM-DD" */ businessDate: string; now?: Date };

export type ImportReceiptsResult = {
  lines: number;
  credited: number;
  mismatched: number;
  unknown: number;
  duplicate: number;
  /** Lines imported before (same bankRef): skipped, so a file imported twice credits once. */
  alreadyImported: number;
  /** Lines left in the file for later: a back payment not yet approved, or this person may not import it. */
  deferred: { bankRef: string; reason: string }[];
};

type Outcome = "CREDITED" | "MISMATCH" | "UNKNOWN_REFERENCE" | "DUPLICATE";

/**
 * Staff (ADMIN) import the bank's receipt file (到账回单) of one business date through the bank
 * port, in one transaction. Each line is claimed by its bankRef (unique), so importing the same
 * file twice, or two imports at once, credit each transfer once. A line whose reference names a
 * PENDING_PAYMENT remittance and whose amount equals its total credits it (creditRemittance); any
 * other line is recorded with its reason, and a mismatch is written on the remittance, which stays
 * pending. A back payment awaiting approval, or a remittance the importer posted or approved, is
 * left in the file (deferred) for a later import by someone else.
 * Errors: FORBIDDEN_ROLE, DATE_IN_FUTURE (businessDate), ALREADY_HANDLED, SYSTEM_BUSY.
 */
export async function importRemittanceReceipts(opts: ImportReceiptsOptions): Promise<ImportReceiptsResult> {
  requireActorRole(opts.actor, "ADMIN");
  const now = opts.now ?? new Date();
  if (opts.businessDate > todayInShanghai(now)) throw new DomainError("DATE_IN_FUTURE", { field: "businessDate" });
  return inTransaction(
    async (tx) => {
      const transfers = await bankPort().remittanceReceipts(tx, opts.businessDate);
      const result: ImportReceiptsResult = {
        lines: transfers.length,
        credited: 0,
        mismatched: 0,
        unknown: 0,
        duplicate: 0,
        alreadyImported: 0,
        deferred: [],
      };
      for (const transfer of transfers) await importLine(tx, transfer, opts.actor.userId, now, result);
      await recordAudit(tx, {
        actorId: opts.actor.userId,
        action: "REMITTANCE_RECEIPTS_IMPORTED",
        entityType: "BankReceiptFile",
        entityId: opts.businessDate,
        toState: "IMPORTED",
        detail: { bank: bankPort().name, ...result, deferred: result.deferred.length },
      });
      return result;
    },
    { timeoutMs: 120_000 },
  );
}

async function importLine(tx: Tx, transfer: IncomingTransfer, actorId: string, now: Date, result: ImportReceiptsResult): Promise<void> {
  const found = await tx.remittance.findUnique({ where: { paymentReference: transfer.reference }, select: { id: true } });
  // Lock the remittance before deciding: a concurrent import of another transfer for it waits here.
  const [target] = found
    ? await tx.$queryRaw<
        {
          id: string;
          employerId: string;
          month: Date;
          rowCount: number;
          total: string;
          status: string;
          postedById: string;
          decidedById: string | null;
          backPayReason: string | null;
        }[]
      >`
        SELECT id, "employerId", month, "rowCount", total::text AS total, status::text AS status, "postedById", "decidedById", "backPayReason"
          FROM "Remittance" WHERE id = ${found.id} FOR UPDATE`
    : [];
  const arrived = `${transfer.receivedOn} 到账 ${displayYuan(transfer.amount)}（银行流水 ${transfer.bankRef}）`;
  if (target && (target.postedById === actorId || target.decidedById === actorId)) {
    result.deferred.push({ bankRef: transfer.bankRef, reason: "您是该汇缴的经办人或审批人，须由其他工作人员导入" });
    return;
  }
  if (target?.status === "AWAITING_APPROVAL") {
    const reason = `${arrived}；补缴尚待审批，审批通过后重新导入 ${transfer.receivedOn} 的到账回单即可入账`;
    result.deferred.push({ bankRef: transfer.bankRef, reason });
    await tx.remittance.update({ where: { id: target.id }, data: { mismatchReason: reason } });
    await recordAudit(tx, {
      actorId,
      action: "REMITTANCE_RECEIPT_HELD",
      entityType: "Remittance",
      entityId: target.id,
      fromState: "AWAITING_APPROVAL",
      toState: "AWAITING_APPROVAL",
      detail: { bankRef: transfer.bankRef, amount: transfer.amount, reason },
    });
    return;
  }
  // Claim the line: a second import of it (now or concurrently) inserts nothing and moves on.
  const [claimed] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "RemittanceReceipt" (id, "bankRef", reference, amount, "payerName", "receivedOn", "remittanceId", outcome, "importedById", "importedAt")
    VALUES (${`rr-${transfer.bankRef}`}, ${transfer.bankRef}, ${transfer.reference}, ${transfer.amount}::numeric, ${transfer.payerName}, ${transfer.receivedOn}::date,
            ${target?.id ?? null}, 'UNKNOWN_REFERENCE', ${actorId}, ${now})
    ON CONFLICT ("bankRef") DO NOTHING RETURNING id`;
  if (!claimed) {
    result.alreadyImported++;
    return;
  }
  const settle = async (outcome: Outcome, reason: string | null) => {
    await tx.remittanceReceipt.update({ where: { id: claimed.id }, data: { outcome, reason } });
    if (outcome === "CREDITED") result.credited++;
    else if (outcome === "MISMATCH") result.mismatched++;
    else if (outcome === "UNKNOWN_REFERENCE") result.unknown++;
    else result.duplicate++;
  };
  if (!target) return settle("UNKNOWN_REFERENCE", "付款附言未对应任何汇缴，需人工核对后退回或联系单位");
  if (target.status === "CREDITED") return settle("DUPLICATE", "该汇缴已入账，本笔为重复到账，需退回单位");
  if (target.status === "REJECTED") return settle("MISMATCH", "该汇缴已被退回，本笔到账需退回单位");
  if (target.status === "WITHDRAWN") return settle("MISMATCH", "该汇缴已由单位撤回，本笔到账需退回单位");
  let reason: string | null = null;
  if (!money(transfer.amount).eq(target.total)) {
    reason = `${arrived}，与应缴合计 ${displayYuan(target.total)} 不符，未入账；请按应缴合计重新转账，多付或少付的款项由中心退回`;
  } else {
    const credit = await creditRemittance(
      tx,
      {
        id: target.id,
        employerId: target.employerId,
        month: monthOfDateColumn(target.month),
        rowCount: target.rowCount,
        backPay: target.backPayReason !== null,
      },
      { id: claimed.id, bankRef: transfer.bankRef, amount: transfer.amount, receivedOn: transfer.receivedOn },
      actorId,
      now,
    );
    if (credit.ok) return settle("CREDITED", null);
    reason = `${arrived}；${credit.reason}`;
  }
  await settle("MISMATCH", reason);
  await tx.remittance.update({ where: { id: target.id }, data: { mismatchReason: reason } });
  await recordAudit(tx, {
    actorId,
    action: "REMITTANCE_RECEIPT_MISMATCH",
    entityType: "Remittance",
    entityId: target.id,
    fromState: "PENDING_PAYMENT",
    toState: "PENDING_PAYMENT",
    detail: { bankRef: transfer.bankRef, amount: transfer.amount, expected: target.total, reason },
  });
}
