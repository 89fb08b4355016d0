// Next.js calls register() once when a server starts (dev and `next start`, not `next build`):
// the SMS outbox's dispatcher runs inside the server process, so messages go out after their
// events commit wherever the app runs (lib/notifications/dispatcher-loop.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startSmsDispatcher } = await import("@/lib/notifications/dispatcher-loop");
  startSmsDispatcher();
}
