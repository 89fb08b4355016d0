import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { SESSION_IDLE_SECONDS } from "@/lib/auth/policy";
import { inTransaction } from "@/lib/db/transaction";
import { DomainError } from "@/lib/errors";

/**
 * ADMIN opens a service window (number from WINDOW_NUMBERS, the numbers tellers sign in to).
 * Audited WINDOW_CREATED. Errors: FORBIDDEN_ROLE, WINDOW_NUMBER_TAKEN (field number).
 */
export async function createWindow(opts: { actor: Actor; number: number; name: string }): Promise<{ windowId: string }> {
  requireActorRole(opts.actor, "ADMIN");
  const taken = () => new DomainError("WINDOW_NUMBER_TAKEN", { field: "number" });
  return inTransaction(
    async (tx) => {
      if (await tx.serviceWindow.findUnique({ where: { number: opts.number }, select: { id: true } })) throw taken();
      const center = await tx.fundCenter.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
      if (!center) throw new DomainError("WINDOW_NOT_FOUND");
      const w = await tx.serviceWindow.create({
        data: { centerId: center.id, number: opts.number, name: opts.name },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: opts.actor.userId,
        windowId: opts.actor.windowId,
        action: "WINDOW_CREATED",
        entityType: "ServiceWindow",
        entityId: w.id,
        toState: JSON.stringify({ number: opts.number, name: opts.name, active: true }),
      });
      return { windowId: w.id };
    },
    { onUnique: taken },
  );
}

/**
 * ADMIN renames a window or takes it out of (or back into) service. A window a teller holds now
 * (signed in and not idle) cannot be closed. Saving what is already there changes nothing.
 * Audited WINDOW_CHANGED (from → to). Errors: FORBIDDEN_ROLE, WINDOW_NOT_FOUND, WINDOW_IN_USE.
 */
export async function updateWindow(opts: {
  actor: Actor;
  windowId: string;
  name: string;
  active: boolean;
  now?: Date;
}): Promise<{ changed: boolean }> {
  requireActorRole(opts.actor, "ADMIN");
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    // The same lock a teller's sign-in takes on the window (lib/auth/window-occupancy.ts).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`window:${opts.windowId}`}))`;
    const w = await tx.serviceWindow.findUnique({
      where: { id: opts.windowId },
      select: { id: true, number: true, name: true, active: true },
    });
    if (!w) throw new DomainError("WINDOW_NOT_FOUND");
    if (w.name === opts.name && w.active === opts.active) return { changed: false };
    if (w.active && !opts.active) {
      const held = await tx.windowOccupancy.findFirst({
        where: { windowId: w.id, seenAt: { gt: new Date(now.getTime() - SESSION_IDLE_SECONDS * 1000) } },
        select: { userId: true },
      });
      if (held) throw new DomainError("WINDOW_IN_USE", { field: "active" });
    }
    await tx.serviceWindow.update({ where: { id: w.id }, data: { name: opts.name, active: opts.active } });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      windowId: opts.actor.windowId,
      action: "WINDOW_CHANGED",
      entityType: "ServiceWindow",
      entityId: w.id,
      fromState: JSON.stringify({ number: w.number, name: w.name, active: w.active }),
      toState: JSON.stringify({ number: w.number, name: opts.name, active: opts.active }),
    });
    return { changed: true };
  });
}
