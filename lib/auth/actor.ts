import type { Role } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/current-user";

/** Who is acting: the UI passes the CurrentUser fields (re-read from the database per request). */
export type Actor = { userId: string; roles: Role[]; windowId: string | null; approvalLimit: string | null };

/** A teller signed in to a window. Throws FORBIDDEN_ROLE or WINDOW_REQUIRED. */
export function requireTellerAtWindow(actor: Actor): string {
  if (!actor.roles.includes("TELLER")) throw new DomainError("FORBIDDEN_ROLE", { details: { role: "TELLER" } });
  if (!actor.windowId) throw new DomainError("WINDOW_REQUIRED");
  return actor.windowId;
}

/** Throws FORBIDDEN_ROLE unless the actor holds `role`. */
export function requireActorRole(actor: Actor, role: Role): void {
  if (!actor.roles.includes(role)) throw new DomainError("FORBIDDEN_ROLE", { details: { role } });
}

/** The use cases' Actor from the signed-in user (roles re-read from the database). */
export function actorOf(user: CurrentUser): Actor {
  return { userId: user.id, roles: user.roles, windowId: user.windowId, approvalLimit: user.approvalLimit };
}

/**
 * The signed-in citizen's depositor id; a user who is no depositor gets `missing` (in the wording of
 * the caller's domain). For actions: checked inside the use case call, after the form is parsed.
 */
export function depositorIdOf(user: { depositorId: string | null }, missing: ConstructorParameters<typeof DomainError>[0]): string {
  if (!user.depositorId) throw new DomainError(missing);
  return user.depositorId;
}

/** The signed-in employer agent's employer id; an agent tied to no employer gets `missing`. */
export function employerIdOf(user: { employerId: string | null }, missing: ConstructorParameters<typeof DomainError>[0]): string {
  if (!user.employerId) throw new DomainError(missing);
  return user.employerId;
}
