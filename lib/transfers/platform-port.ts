import type { Tx } from "@/lib/db";

/**
 * The transfer-platform port (全国住房公积金异地转移接续平台): how this center asks another city's
 * center to take a depositor's balance (OUT) or to send one here (IN), and how the other center's
 * answers come back. Adapters: local-platform.ts (the default, a simulator). Every call takes the
 * caller's transaction, so a request and the transfer that records it commit or roll back together.
 */
export type PlatformCenter = { code: string; name: string; city: string };

export type PlatformRequest = {
  /** The caller's unique reference (the transfer number): the same reference ⇒ the same platformRef. */
  reference: string;
  direction: "OUT" | "IN";
  centerCode: string;
  idNumber: string;
  name: string;
};

/** An answer from the other center, delivered once or more (a callback may repeat); messageId is unique. */
export type PlatformMessage =
  | {
      messageId: string;
      platformRef: string;
      /** OUT: the other center accepts and names its receiving account (the funds go there). */
      kind: "ACCEPTED";
      account: string;
      accountName: string;
    }
  | { messageId: string; platformRef: string; kind: "REFUSED"; reason: string }
  | {
      messageId: string;
      platformRef: string;
      /** IN: the other center's funds arrived in this center's account. */
      kind: "FUNDS_ARRIVED";
      amount: string;
      months: number;
      receiptRef: string;
    };

export interface TransferPlatformPort {
  readonly name: string;
  /** The centers on the platform (this one included). */
  centers(): readonly PlatformCenter[];
  /**
   * Sends a transfer request (联系函). Idempotent on `reference`. Errors: PLATFORM_UNAVAILABLE (the
   * platform did not answer; nothing was sent).
   */
  sendRequest(tx: Tx, request: PlatformRequest): Promise<{ platformRef: string }>;
  /** The messages the platform holds for these requests, oldest first. Read-only. */
  messagesFor(tx: Tx, platformRefs: string[]): Promise<PlatformMessage[]>;
  /** OUT: tells the platform the funds and the contribution months left with this bank receipt. */
  confirmFundsSent(tx: Tx, sent: { platformRef: string; amount: string; months: number; bankRef: string }): Promise<void>;
}
