import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { BankPort } from "@/lib/bank/bank-port";
import { normalizeResidentId } from "@/lib/identity/resident-id";
import { consumePresenceCode } from "@/lib/withdrawals/presence-code";

/**
 * How the citizen's presence is evidenced when a teller takes a withdrawal at the window: the
 * ID card read at the counter (the chip's ID number and name), or the citizen's own confirmation
 * code from the portal or a kiosk (presence-code.ts).
 */
export type Presence = { kind: "ID_CARD"; idNumber: string; name: string } | { kind: "PORTAL_CODE"; code: string };

/**
 * The window's own checks, inside the application's transaction: the citizen is present (the card
 * read is theirs, or their live code matches and is used up), and the payee card is in the
 * depositor's own name (the bank's real-name check through the bank port).
 * Errors: PRESENCE_REQUIRED, PRESENCE_MISMATCH (field presence), PRESENCE_CODE_INVALID (field
 * presenceCode), CARD_NOT_FOUND, CARD_NAME_MISMATCH (field bankAccount).
 */
export async function checkAtWindow(
  tx: Tx,
  bank: BankPort,
  opts: {
    depositor: { id: string; idNumber: string; name: string };
    presence: Presence | undefined;
    bankAccount: string;
    actorId: string;
    now: Date;
  },
): Promise<Presence["kind"]> {
  const { depositor } = opts;
  const kind = await checkPresence(tx, opts);
  const holder = await bank.verifyAccountHolder(tx, { name: depositor.name, card: opts.bankAccount });
  if (!holder.ok)
    throw new DomainError(holder.problem === "CARD_NOT_FOUND" ? "CARD_NOT_FOUND" : "CARD_NAME_MISMATCH", { field: "bankAccount" });
  return kind;
}

/**
 * The one rule for a citizen's presence at the window (a withdrawal, a transfer out of the city),
 * inside the application's transaction: the ID card read is theirs (number and name), or their live
 * portal code matches and is used up (a refused application rolls the use back; the caller counts
 * a wrong code with countFailedPresenceTry after the rollback).
 * Errors: PRESENCE_REQUIRED, PRESENCE_MISMATCH (field presence), PRESENCE_CODE_INVALID (field
 * presenceCode, details.codeId).
 */
export async function checkPresence(
  tx: Tx,
  opts: { depositor: { id: string; idNumber: string; name: string }; presence: Presence | undefined; actorId: string; now: Date },
): Promise<Presence["kind"]> {
  const { depositor, presence } = opts;
  if (!presence) throw new DomainError("PRESENCE_REQUIRED", { field: "presence" });
  if (presence.kind === "ID_CARD") {
    const readId = normalizeResidentId(presence.idNumber);
    if (readId !== depositor.idNumber || presence.name.trim() !== depositor.name)
      throw new DomainError("PRESENCE_MISMATCH", { field: "presence" });
  } else {
    await consumePresenceCode(tx, { depositorId: depositor.id, code: presence.code, actorId: opts.actorId, now: opts.now });
  }
  return presence.kind;
}

/** The evidence a window form carries: the card reader's name (with the applicant's ID number) or the citizen's code. */
export function presenceFromForm(idNumber: string, form: { presence: Presence["kind"]; cardName: string; presenceCode: string }): Presence {
  return form.presence === "ID_CARD"
    ? { kind: "ID_CARD", idNumber, name: form.cardName }
    : { kind: "PORTAL_CODE", code: form.presenceCode };
}
