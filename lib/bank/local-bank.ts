import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { isYuanString, money } from "@/lib/money";
import type { AccountHolderCheck, BankPort, DeductionSettlement, LoanDisbursementTransfer, Payout, PayoutReceipt } from "./bank-port";
import { remittanceReceipts } from "./local-remittance-receipts";

/**
 * The default bank adapter: a local simulator over SimulatedBankAccount (card balances). A batch
 * deduction file is settled with one set-based statement; cards are locked first so an online
 * payment on the same card waits instead of spending the same money twice.
 * Several instructions on one card are served in loanId order until the balance runs out.
 */
async function settleDeductions(tx: Tx, businessDate: string): Promise<DeductionSettlement> {
  await tx.$executeRaw`
    SELECT 1 FROM "SimulatedBankAccount" a
     WHERE a."accountNo" IN (SELECT d."bankAccount" FROM "BankDeduction" d WHERE d."businessDate" = ${businessDate}::date AND d.status = 'PENDING')
     ORDER BY a."accountNo" FOR UPDATE`;
  const rows = await tx.$queryRaw<DeductionSettlement[]>`
    WITH pending AS (
      SELECT d.id, d."loanId", d."bankAccount", d.requested, a.balance,
             coalesce(sum(d.requested) OVER (PARTITION BY d."bankAccount" ORDER BY d."loanId"
                                             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS ahead
        FROM "BankDeduction" d LEFT JOIN "SimulatedBankAccount" a ON a."accountNo" = d."bankAccount"
       WHERE d."businessDate" = ${businessDate}::date AND d.status = 'PENDING'),
    settled AS (
      SELECT p.*, CASE WHEN p.balance IS NULL THEN 0 ELSE least(p.requested, greatest(p.balance - p.ahead, 0)) END AS got
        FROM pending p),
    marked AS (
      UPDATE "BankDeduction" d
         SET collected = s.got,
             status = (CASE WHEN s.got = s.requested THEN 'SUCCEEDED' WHEN s.got > 0 THEN 'PARTIAL' ELSE 'FAILED' END)::"BankDeductionStatus",
             "bankRef" = CASE WHEN s.got > 0
                              THEN 'LB' || to_char(${businessDate}::date, 'YYYYMMDD') || upper(substr(md5(s."loanId" || ':' || ${businessDate}::text), 1, 12)) END,
             "failureReason" = CASE WHEN s.balance IS NULL THEN '银行卡不存在或已销户'
                                    WHEN s.got = 0 THEN '账户余额不足'
                                    WHEN s.got < s.requested THEN '账户余额不足，已部分扣款' END
        FROM settled s
       WHERE d.id = s.id
      RETURNING d.status, d.collected),
    debited AS (
      UPDATE "SimulatedBankAccount" a
         SET balance = a.balance - t.total, "updatedAt" = now()
        FROM (SELECT "bankAccount", sum(got) AS total FROM settled WHERE got > 0 GROUP BY "bankAccount") t
       WHERE a."accountNo" = t."bankAccount"
      RETURNING 1)
    SELECT count(*)::int AS instructions,
           count(*) FILTER (WHERE status = 'SUCCEEDED')::int AS succeeded,
           count(*) FILTER (WHERE status = 'PARTIAL')::int AS partial,
           count(*) FILTER (WHERE status = 'FAILED')::int AS failed,
           coalesce(sum(collected), 0)::numeric(18, 2)::text AS collected
      FROM marked`;
  return rows[0]!;
}

/** Same reference ⇒ same bank reference, so a resent request is recognisable. */
function onlineRef(reference: string): string {
  return `LBO${createHash("sha256").update(reference).digest("hex").slice(0, 16).toUpperCase()}`;
}

async function collectOnlinePayment(
  tx: Tx,
  payment: { cardAccount?: string | null; amount: string; reference: string },
): Promise<{ bankRef: string }> {
  if (!isYuanString(payment.amount) || money(payment.amount).lte(0)) throw new DomainError("INVALID_AMOUNT", { field: "amount" });
  const bankRef = onlineRef(payment.reference);
  if (!payment.cardAccount) return { bankRef };
  const debited = await tx.$executeRaw`
    UPDATE "SimulatedBankAccount" SET balance = balance - ${payment.amount}::numeric, "updatedAt" = now()
     WHERE "accountNo" = ${payment.cardAccount} AND balance >= ${payment.amount}::numeric`;
  if (debited === 1) return { bankRef };
  const card = await tx.simulatedBankAccount.findUnique({ where: { accountNo: payment.cardAccount }, select: { accountNo: true } });
  throw new DomainError(card ? "BANK_INSUFFICIENT_FUNDS" : "BANK_CARD_NOT_FOUND", { details: { cardAccount: payment.cardAccount } });
}

// --- Withdrawal payouts (issue 14, withdrawals) ---

async function verifyAccountHolder(tx: Tx, query: { name: string; card: string }): Promise<AccountHolderCheck> {
  const card = await tx.simulatedBankAccount.findUnique({ where: { accountNo: query.card.trim() }, select: { holderName: true } });
  if (!card) return { ok: false, problem: "CARD_NOT_FOUND" };
  return card.holderName === query.name.trim() ? { ok: true } : { ok: false, problem: "NAME_MISMATCH" };
}

const PAY_FAILURES: Record<"CARD_NOT_FOUND" | "NAME_MISMATCH", string> = {
  CARD_NOT_FOUND: "收款银行卡不存在或已销户",
  NAME_MISMATCH: "收款银行卡户名与收款人姓名不符",
};

/**
 * Credits the card and keeps a SimulatedBankPayout per reference. The payout row is inserted
 * first (ON CONFLICT DO NOTHING on the reference), so of two concurrent calls with one reference
 * only one credits the card; the other answers the first receipt. A card with payFailure set
 * refuses, as a bank does for a frozen or closed account.
 */
async function pay(tx: Tx, payment: Payout): Promise<PayoutReceipt> {
  if (!isYuanString(payment.amount) || money(payment.amount).lte(0)) throw new DomainError("INVALID_AMOUNT", { field: "amount" });
  const earlier = await tx.simulatedBankPayout.findUnique({ where: { reference: payment.reference } });
  if (earlier) return { bankRef: earlier.bankRef, amount: earlier.amount.toFixed(2), paidAt: earlier.createdAt };
  const [card] = await tx.$queryRaw<{ holderName: string; payFailure: string | null }[]>`
    SELECT "holderName", "payFailure" FROM "SimulatedBankAccount" WHERE "accountNo" = ${payment.card} FOR UPDATE`;
  const failure = !card
    ? PAY_FAILURES.CARD_NOT_FOUND
    : card.holderName !== payment.payeeName
      ? PAY_FAILURES.NAME_MISMATCH
      : card.payFailure;
  if (failure) throw new DomainError("BANK_PAY_FAILED", { message: failure, details: { reason: failure, card: payment.card } });
  const bankRef = `LBP${createHash("sha256").update(payment.reference).digest("hex").slice(0, 16).toUpperCase()}`;
  const inserted = await tx.$executeRaw`
    INSERT INTO "SimulatedBankPayout" (reference, "bankRef", "accountNo", "payeeName", amount)
    VALUES (${payment.reference}, ${bankRef}, ${payment.card}, ${payment.payeeName}, ${payment.amount}::numeric)
    ON CONFLICT (reference) DO NOTHING`;
  if (inserted === 1) {
    await tx.$executeRaw`UPDATE "SimulatedBankAccount" SET balance = balance + ${payment.amount}::numeric, "updatedAt" = now() WHERE "accountNo" = ${payment.card}`;
  }
  const row = await tx.simulatedBankPayout.findUniqueOrThrow({ where: { reference: payment.reference } });
  return { bankRef: row.bankRef, amount: row.amount.toFixed(2), paidAt: row.createdAt };
}

// ── loanctl (issue 14): loan disbursement (放款划付) ──
/**
 * The simulator's transfer to a loan's payee: one SimulatedDisbursement per reference (unique), so a
 * resent instruction answers with the first receipt. A payee account the simulator keeps
 * (SimulatedBankAccount) is credited, and refused when its holder is not the payee name
 * (BANK_PAYEE_MISMATCH: what a real bank returns); an account of another bank is paid as given.
 */
async function disburse(tx: Tx, transfer: LoanDisbursementTransfer): Promise<{ bankRef: string }> {
  if (!isYuanString(transfer.amount) || money(transfer.amount).lte(0)) throw new DomainError("BANK_INVALID_AMOUNT");
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`bank-disburse:${transfer.reference}`}))`;
  const earlier = await tx.simulatedDisbursement.findUnique({ where: { reference: transfer.reference }, select: { bankRef: true } });
  if (earlier) return earlier;
  const account = await tx.simulatedBankAccount.findUnique({ where: { accountNo: transfer.payeeAccount }, select: { holderName: true } });
  if (account && account.holderName !== transfer.payeeName.trim()) {
    throw new DomainError("BANK_PAYEE_MISMATCH", { details: { payeeAccount: transfer.payeeAccount } });
  }
  if (account) {
    await tx.$executeRaw`UPDATE "SimulatedBankAccount" SET balance = balance + ${transfer.amount}::numeric, "updatedAt" = now() WHERE "accountNo" = ${transfer.payeeAccount}`;
  }
  const bankRef = `LBD${createHash("sha256").update(transfer.reference).digest("hex").slice(0, 16).toUpperCase()}`;
  await tx.simulatedDisbursement.create({
    data: {
      reference: transfer.reference,
      payeeAccount: transfer.payeeAccount,
      payeeName: transfer.payeeName,
      amount: transfer.amount,
      bankRef,
    },
  });
  return { bankRef };
}

export const localBank: BankPort = {
  name: "local",
  settleDeductions,
  collectOnlinePayment,
  verifyAccountHolder,
  pay,
  disburse,
  remittanceReceipts,
};
