import type { Role } from "@/lib/generated/prisma/enums";
import { CENTER_STAFF_ROLES } from "@/lib/auth/roles";
import { money } from "@/lib/money";
import type { StaffErrorCode } from "@/lib/staff/messages";

/**
 * Staff administration rules (pure): which roles an ADMIN assigns, the guards on changing a
 * staff member, and the four-eyes rule on approval limits, as data.
 */

/** Roles held by staff: every role but the citizen's and the employer agent's (those come with their account). */
export const STAFF_ROLES: readonly Role[] = CENTER_STAFF_ROLES;

export function isStaffRole(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

/**
 * An ADMIN never changes their own roles, limits or active flag (another admin does), and the
 * center always keeps one active ADMIN. `otherActiveAdmins` counts active admins besides the target.
 */
export function staffChangeRefusal(opts: {
  actorId: string;
  targetId: string;
  /** The target is an active ADMIN before the change and would not be one after it. */
  losesAdmin: boolean;
  otherActiveAdmins: number;
}): StaffErrorCode | null {
  if (opts.actorId === opts.targetId) return "SELF_CHANGE_REFUSED";
  if (opts.losesAdmin && opts.otherActiveAdmins === 0) return "LAST_ADMIN";
  return null;
}

export type LimitDirection = "RAISE" | "LOWER" | "SAME";

/** null = no authority at all; any amount is more than none. */
export function limitDirection(from: string | null, to: string | null): LimitDirection {
  if (from === null && to === null) return "SAME";
  if (from === null) return "RAISE";
  if (to === null) return "LOWER";
  const cmp = money(to).comparedTo(money(from));
  return cmp > 0 ? "RAISE" : cmp < 0 ? "LOWER" : "SAME";
}

/**
 * Four-eyes on delegated authority, as data: a raise (or a first limit) is proposed by one ADMIN
 * and applied only when a second ADMIN confirms it; a cut takes effect at once (it only narrows
 * what someone may do). Neither the proposer nor the staff member concerned may confirm.
 */
export const LIMIT_CHANGE_RULES: Record<Exclude<LimitDirection, "SAME">, { confirmations: 0 | 1 }> = {
  RAISE: { confirmations: 1 },
  LOWER: { confirmations: 0 },
};

export function confirmRefusal(change: { proposedById: string; userId: string }, confirmerId: string): StaffErrorCode | null {
  if (confirmerId === change.userId) return "LIMIT_OWN_CONFIRM";
  if (confirmerId === change.proposedById) return "LIMIT_SAME_ADMIN";
  return null;
}

/** A rejection: any ADMIN but the staff member concerned (the proposer may withdraw their own proposal). */
export function rejectRefusal(change: { userId: string }, adminId: string): StaffErrorCode | null {
  return adminId === change.userId ? "LIMIT_OWN_CONFIRM" : null;
}
