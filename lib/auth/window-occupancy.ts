import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { SESSION_IDLE_SECONDS } from "@/lib/auth/policy";

/**
 * One teller per window at a time (issue 14). A WindowOccupancy row names the teller and the
 * LoginSession holding the window; it is released at sign-out (releaseWindow), and a holder idle
 * longer than the session's idle timeout (no sign-in, no teller step since `seenAt` and no audited
 * action) no longer holds it: their session has ended. The window's row is locked while it is claimed, so two tellers
 * signing in at once cannot both get it.
 */
async function isLive(tx: Tx, occupancy: { userId: string; seenAt: Date }, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - SESSION_IDLE_SECONDS * 1000);
  if (occupancy.seenAt > since) return true;
  // Any audited action of the holder (opening a case, calling a ticket, a withdrawal …) is activity too.
  const recent = await tx.auditEntry.findFirst({ where: { actorId: occupancy.userId, at: { gt: since, lte: now } }, select: { id: true } });
  return recent !== null;
}

async function lockWindow(tx: Tx, windowId: string): Promise<{ userId: string; sessionId: string; seenAt: Date } | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`window:${windowId}`}))`;
  return tx.windowOccupancy.findUnique({ where: { windowId }, select: { userId: true, sessionId: true, seenAt: true } });
}

/**
 * Claims `windowId` for the teller's new session, inside the sign-in's transaction. The same teller
 * signing in again takes their window over; another teller's live occupancy refuses
 * (WINDOW_OCCUPIED, field windowNo). A teller holds one window: any other they held is released.
 */
export async function claimWindow(tx: Tx, opts: { windowId: string; userId: string; sessionId: string; now: Date }): Promise<void> {
  const current = await lockWindow(tx, opts.windowId);
  if (current && current.userId !== opts.userId && (await isLive(tx, current, opts.now))) {
    throw new DomainError("WINDOW_OCCUPIED", { field: "windowNo" });
  }
  await tx.windowOccupancy.deleteMany({ where: { userId: opts.userId, windowId: { not: opts.windowId } } });
  const data = { userId: opts.userId, sessionId: opts.sessionId, since: opts.now, seenAt: opts.now };
  await tx.windowOccupancy.upsert({ where: { windowId: opts.windowId }, create: { windowId: opts.windowId, ...data }, update: data });
}

/** Sign-out: the session's window is free again (only the session's own user frees it). Idempotent. */
export async function releaseWindow(tx: Tx, opts: { sessionId: string; userId: string }): Promise<void> {
  await tx.windowOccupancy.deleteMany({ where: { sessionId: opts.sessionId, userId: opts.userId } });
}

/**
 * A teller step at `windowId`: refused when another teller has since signed in there
 * (WINDOW_OCCUPIED: this teller's hold ended, they must sign in again); otherwise the teller's own
 * hold is kept alive (seenAt = now). A window nobody holds (data from before occupancy was recorded)
 * is not refused.
 */
export async function assertHoldsWindow(tx: Tx, opts: { windowId: string; userId: string; now: Date }): Promise<void> {
  const current = await tx.windowOccupancy.findUnique({ where: { windowId: opts.windowId }, select: { userId: true, seenAt: true } });
  if (!current) return;
  if (current.userId !== opts.userId) {
    if (await isLive(tx, current, opts.now)) throw new DomainError("WINDOW_OCCUPIED");
    return;
  }
  await tx.windowOccupancy.updateMany({
    where: { windowId: opts.windowId, userId: opts.userId, seenAt: { lt: opts.now } },
    data: { seenAt: opts.now },
  });
}
