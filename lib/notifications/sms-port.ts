/**
 * The SMS port (短信接口): what the center needs from an SMS gateway. Adapters: local-sms.ts (the
 * default, appends each message to a file). Chosen by choose-sms.ts from HPF_SMS_ADAPTER.
 *
 * Exactly once: the dispatcher sends a message while it holds the outbox row's lock and marks it
 * SENT in the same transaction. If the process dies between the gateway's answer and that commit,
 * the row is sent again later with the same `id`; an adapter must answer a repeated id with its
 * first receipt and not deliver it twice (gateways take a client message id for this).
 */
export type SmsMessage = {
  /** The outbox row's id: the idempotency key of the send. */
  id: string;
  phone: string;
  text: string;
};

export type SmsReceipt = { providerRef: string };

export interface SmsPort {
  readonly name: string;
  /** Sends one message. Errors: SMS_SEND_FAILED (details.reason, Chinese), or any I/O error. */
  send(message: SmsMessage): Promise<SmsReceipt>;
}
