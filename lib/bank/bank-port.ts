import type { Tx } from "@/lib/db";

/**
 * The bank port (银行接口): what the center needs from the borrowers' banks. Adapters: local-bank.ts
 * (the default, a simulator over SimulatedBankAccount). Chosen by choose-bank.ts from
 * HPF_BANK_ADAPTER.
 */

/** What one day's deduction file came back with. Amounts are yuan strings. */
export type DeductionSettlement = {
  instructions: number;
  succeeded: number;
  partial: number;
  failed: number;
  collected: string;
};

export type OnlinePayment = {
  /** Debit this simulated card; omit to pay through the simulated online gateway (always approved). */
  cardAccount?: string | null;
  /** Yuan, two decimals, > 0. */
  amount: string;
  /** The caller's unique reference (e.g. the repayment's idempotency key): same reference ⇒ same bankRef. */
  reference: string;
};

export interface BankPort {
  readonly name: string;
  /**
   * Settles every PENDING BankDeduction of the business date in the caller's transaction, as a bank
   * answers a batch deduction file (批量代扣): each instruction collects min(card balance, requested)
   * and becomes SUCCEEDED (all), PARTIAL (some) or FAILED (none, with a Chinese failureReason);
   * collected > 0 gets a bankRef. Instructions already settled are left alone, so a rerun settles
   * nothing.
   */
  settleDeductions(tx: Tx, businessDate: string): Promise<DeductionSettlement>;
  /**
   * One online card payment, in the caller's transaction. Not idempotent by itself: call it in the
   * transaction that inserts the Repayment with its unique idempotency key, so a resend rolls both
   * back. Errors: INVALID_AMOUNT, BANK_CARD_NOT_FOUND, BANK_INSUFFICIENT_FUNDS.
   */
  collectOnlinePayment(tx: Tx, payment: OnlinePayment): Promise<{ bankRef: string }>;

  // --- Withdrawal payouts (issue 14, withdrawals) ---
  /**
   * Whether `card` exists and is held by `name` (the bank's real-name check, 实名校验). Read-only.
   */
  verifyAccountHolder(tx: Tx, query: { name: string; card: string }): Promise<AccountHolderCheck>;
  /**
   * Pays `amount` to `card`, held by `payeeName`, in the caller's transaction. Idempotent on
   * `reference`: the same reference answers the first receipt and never pays twice, so a retry
   * after a lost answer is safe. Errors: INVALID_AMOUNT, BANK_PAY_FAILED (details.reason, Chinese:
   * card unknown, name mismatch, card refusing credits).
   */
  pay(tx: Tx, payment: Payout): Promise<PayoutReceipt>;

  // ── loanctl (issue 14): loan disbursement (放款划付) ──
  /**
   * Pays a loan's principal to its payee (the seller), in the caller's transaction. Idempotent by
   * `reference` (the loan): a second instruction with the same reference answers with the first
   * receipt and pays nothing, so a retry after a lost answer can never pay twice.
   * Errors: BANK_INVALID_AMOUNT, BANK_PAYEE_MISMATCH (the payee account's holder is not the payee
   * name: the bank returns the transfer), BANK_UNAVAILABLE (the bank did not answer; safe to retry
   * with the same reference).
   */
  disburse(tx: Tx, transfer: LoanDisbursementTransfer): Promise<{ bankRef: string }>;
}

export type AccountHolderCheck = { ok: true } | { ok: false; problem: "CARD_NOT_FOUND" | "NAME_MISMATCH" };

export type Payout = {
  /** The caller's unique reference (e.g. "withdrawal:<id>"): same reference ⇒ same receipt. */
  reference: string;
  payeeName: string;
  card: string;
  /** Yuan, two decimals, > 0. */
  amount: string;
};

export type PayoutReceipt = { bankRef: string; amount: string; paidAt: Date };

// ── loanctl (issue 14): loan disbursement (放款划付) ──
export type LoanDisbursementTransfer = {
  /** The idempotency reference: one per loan ("LOAN:<loanId>"). */
  reference: string;
  /** Yuan, two decimals, > 0. */
  amount: string;
  payeeName: string;
  payeeAccount: string;
};

/** Chinese messages for the port's error codes, for the edge (server actions). */
export const BANK_ERROR_MESSAGES = {
  INVALID_AMOUNT: "支付金额无效",
  BANK_CARD_NOT_FOUND: "银行卡不存在或已销户",
  BANK_INSUFFICIENT_FUNDS: "银行卡余额不足，支付未成功",
  BANK_PAY_FAILED: "银行支付未成功",
} satisfies Record<string, string>;
export type BankErrorCode = keyof typeof BANK_ERROR_MESSAGES;

// ── Employer remittances (汇缴到账), issue 14: appended by the remittances work ──

/** One line of the bank's daily receipt file (到账回单): a transfer into the center's account. */
export type IncomingTransfer = {
  /** The bank's unique reference of the transfer: the same line imported twice has the same one. */
  bankRef: string;
  /** What the payer quoted as payment reference (付款附言). */
  reference: string;
  /** Yuan, two decimals. */
  amount: string;
  payerName: string;
  /** "YYYY-MM-DD", the date the money arrived. */
  receivedOn: string;
};

export interface BankPort {
  /**
   * The bank's receipt file of incoming transfers that arrived on `businessDate`, in bankRef order.
   * Read-only: importing a line (and never twice) is the caller's business.
   */
  remittanceReceipts(tx: Tx, businessDate: string): Promise<IncomingTransfer[]>;
}
