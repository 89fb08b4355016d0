import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { requireTellerAtWindow, type Actor } from "@/lib/auth/actor";

/** Where an employee change is done: online by the employer's own agent, or at a teller's window. */
export type EmployerChannel = { channel: "ONLINE" | "WINDOW"; windowId: string | null };

/**
 * The actor may act for `employerId`: an active EMPLOYER_AGENT of exactly that employer (online),
 * or a TELLER signed in at a window (for any employer). Checked inside the use case's transaction.
 * Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, FORBIDDEN_EMPLOYER, EMPLOYER_NOT_FOUND.
 */
export async function authorizeForEmployer(tx: Tx, actor: Actor, employerId: string): Promise<EmployerChannel> {
  let result: EmployerChannel;
  if (actor.roles.includes("TELLER")) {
    result = { channel: "WINDOW", windowId: requireTellerAtWindow(actor) };
  } else if (actor.roles.includes("EMPLOYER_AGENT")) {
    const agent = await tx.user.findUnique({ where: { id: actor.userId }, select: { employerId: true, active: true } });
    if (!agent?.active || agent.employerId !== employerId) throw new DomainError("FORBIDDEN_EMPLOYER");
    result = { channel: "ONLINE", windowId: null };
  } else {
    throw new DomainError("FORBIDDEN_ROLE", { details: { role: "EMPLOYER_AGENT" } });
  }
  const employer = await tx.employer.findUnique({ where: { id: employerId }, select: { id: true } });
  if (!employer) throw new DomainError("EMPLOYER_NOT_FOUND");
  return result;
}
