import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";

/** Who acts on a collection case: the signed-in user's id and roles (re-read from the database). */
export type CollectionActor = Pick<Actor, "userId" | "roles">;

/** Only risk officers and admins work collection cases. Throws FORBIDDEN_ROLE. */
export function requireCollectionRole(actor: CollectionActor): void {
  if (!actor.roles.includes("RISK_OFFICER") && !actor.roles.includes("ADMIN")) {
    throw new DomainError("FORBIDDEN_ROLE", { details: { role: "RISK_OFFICER" } });
  }
}

export type LockedCase = { id: string; loanId: string; status: "OPEN" | "CLOSED"; collectorId: string | null; openedOn: Date };

/**
 * Locks the case row for the rest of the transaction and returns it, so the daily batch cannot close
 * it (销号) halfway through a write and two writers queue up. Throws NOT_FOUND, CASE_CLOSED.
 */
export async function lockOpenCase(tx: Tx, caseId: string): Promise<LockedCase> {
  const rows = await tx.$queryRaw<LockedCase[]>`
    SELECT id, "loanId", status::text AS status, "collectorId", "openedOn"
      FROM "CollectionCase" WHERE id = ${caseId} FOR UPDATE`;
  const found = rows[0];
  if (!found) throw new DomainError("NOT_FOUND");
  if (found.status !== "OPEN") throw new DomainError("CASE_CLOSED");
  return found;
}
