import type { Role } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";

/** Throws FORBIDDEN_ROLE unless the actor holds one of `roles` (re-read from the database by the edge). */
export function requireAnyRole(actor: Pick<Actor, "roles">, roles: readonly Role[]): void {
  if (!roles.some((r) => actor.roles.includes(r))) throw new DomainError("FORBIDDEN_ROLE", { details: { roles } });
}
