import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { releaseWindow } from "@/lib/auth/window-occupancy";

/**
 * Signing out: revokes the LoginSession so that the session JWT is refused from now on, even if
 * a request in flight (a prefetch, a refresh) re-issues its cookie after the sign-out. Idempotent.
 */
export async function endSession(opts: { userId: string; sessionId: string; windowId: string | null; now?: Date }): Promise<void> {
  const now = opts.now ?? new Date();
  await db.$transaction(async (tx) => {
    const { count } = await tx.loginSession.updateMany({
      where: { id: opts.sessionId, userId: opts.userId, revokedAt: null },
      data: { revokedAt: now },
    });
    // The teller's window is free again (issue 14: one teller per window).
    await releaseWindow(tx, { sessionId: opts.sessionId, userId: opts.userId });
    if (count === 0) return;
    await recordAudit(tx, {
      actorId: opts.userId,
      windowId: opts.windowId,
      action: "LOGOUT",
      entityType: "User",
      entityId: opts.userId,
      detail: { sessionId: opts.sessionId },
    });
  });
}
