import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { contributionYearStart } from "@/lib/remittances/contribution-year";
import { notifyRemittanceCredited } from "@/lib/notifications/money-events";

export type CreditTarget = { id: string; employerId: string; month: string; rowCount: number; backPay: boolean };
export type CreditReceipt = { id: string; bankRef: string; amount: string; receivedOn: string };

/**
 * Credits a PENDING_PAYMENT remittance whose bank receipt matched, in the caller's transaction
 * (the receipt import): its held lines become Contribution rows, the balances rise (row-locked)
 * and each account gets a CONTRIBUTION ledger entry valued on the day the money arrived; the
 * remittance becomes CREDITED with the receipt, and the audit row records it. The caller holds
 * the remittance's row lock. When an account was closed or moved, or already has the month, since
 * the submission, nothing is written and the reason is returned instead.
 */
export async function creditRemittance(
  tx: Tx,
  target: CreditTarget,
  receipt: CreditReceipt,
  actorId: string,
  now: Date,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  // NOTE: the lines go to an analyzed temporary table first. Read straight from RemittanceLine, whose
  // statistics lag behind a fresh 10,000-row submission, the planner joined them pairwise (100 s).
  await tx.$executeRaw`DROP TABLE IF EXISTS "credit_lines"`;
  await tx.$executeRaw`
    CREATE TEMPORARY TABLE "credit_lines" ON COMMIT DROP AS
    SELECT l.id AS cid, l."accountId" AS aid, l.base, l."employerAmount" AS ea, l."personalAmount" AS pa
      FROM "RemittanceLine" l WHERE l."remittanceId" = ${target.id}`;
  await tx.$executeRaw`ANALYZE "credit_lines"`;
  // Lock the accounts first (id order), then count those that can still take the month.
  const [eligible] = await tx.$queryRaw<{ n: number }[]>`
    WITH locked AS (
      SELECT a.id, a."employerId", a.status FROM "DepositAccount" a WHERE a.id IN (SELECT aid FROM "credit_lines") ORDER BY a.id FOR UPDATE)
    SELECT count(*)::int AS n FROM locked k
     WHERE k."employerId" = ${target.employerId} AND k.status = 'NORMAL'
       AND NOT EXISTS (SELECT 1 FROM "Contribution" c WHERE c."accountId" = k.id AND c.month = ${target.month}::date)`;
  if (eligible!.n !== target.rowCount) {
    return {
      ok: false,
      reason: `有 ${target.rowCount - eligible!.n} 名职工的账户自申报后已销户、封存、转出或已缴该月，本笔未入账，请核对后处理`,
    };
  }
  const rate = await tx.employerRate.findUniqueOrThrow({
    where: { employerId_yearStart: { employerId: target.employerId, yearStart: contributionYearStart(target.month) } },
  });
  const note = `${target.month.slice(0, 4)}年${target.month.slice(5, 7)}月${target.backPay ? "补缴" : "汇缴"}`;
  // One statement: contributions, balances and ledger entries carrying the balance after posting.
  const posted = await tx.$executeRaw`
    WITH v AS (SELECT * FROM "credit_lines"), c AS (
      INSERT INTO "Contribution" (id, "accountId", "employerId", month, base, "employerAmount", "personalAmount", "postedAt")
      SELECT cid, aid, ${target.employerId}, ${target.month}::date, base, ea, pa, ${now} FROM v
    ), u AS (
      UPDATE "DepositAccount" a
         SET balance = a.balance + v.ea + v.pa, "contributionBase" = v.base,
             "employerRatePercent" = ${rate.employerRatePercent}::numeric, "personalRatePercent" = ${rate.personalRatePercent}::numeric,
             version = a.version + 1, "updatedAt" = ${now}
        FROM v
       WHERE a.id = v.aid AND a."employerId" = ${target.employerId} AND a.status = 'NORMAL'
      RETURNING a.id, a.balance, v.cid, v.ea + v.pa AS amount
    )
    INSERT INTO "LedgerEntry" ("accountId", kind, amount, "balanceAfter", "valueDate", "postedAt", reference, note)
    SELECT id, 'CONTRIBUTION', amount, balance, ${receipt.receivedOn}::date, ${now}, cid, ${note} FROM u`;
  // The accounts are locked above, so this cannot differ; if it ever does, nothing commits.
  if (posted !== target.rowCount) throw new DomainError("ACCOUNTS_CHANGED");
  const marked = await tx.remittance.updateMany({
    where: { id: target.id, status: "PENDING_PAYMENT" },
    data: { status: "CREDITED", creditedAt: now, creditedById: actorId, creditedReceiptId: receipt.id, mismatchReason: null },
  });
  if (marked.count !== 1) throw new DomainError("ALREADY_HANDLED");
  await recordAudit(tx, {
    actorId,
    action: "REMITTANCE_CREDITED",
    entityType: "Remittance",
    entityId: target.id,
    fromState: "PENDING_PAYMENT",
    toState: "CREDITED",
    detail: { bankRef: receipt.bankRef, amount: receipt.amount, receivedOn: receipt.receivedOn, rows: target.rowCount },
  });
  await notifyRemittanceCredited(tx, target, receipt, now);
  return { ok: true };
}
