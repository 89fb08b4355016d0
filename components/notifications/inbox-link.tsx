import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";
import { unreadCount } from "@/lib/notifications/queries";

/** The header's link to 消息中心 with the unread count (read per request, nothing cached). */
export async function InboxLink({ user }: { user: CurrentUser }) {
  const unread = await unreadCount(user);
  // The visible text is part of the accessible name (WCAG 2.5.3): "消息中心，3 条未读".
  return (
    <Link href="/inbox" className="rounded border border-sky-300 px-3 py-1 hover:bg-sky-700" data-testid="inbox-link">
      消息中心
      {unread > 0 ? (
        <>
          <span className="sr-only">，</span>
          <span className="ml-1.5 rounded-full bg-amber-300 px-1.5 py-0.5 text-xs font-semibold text-slate-900">
            {unread > 99 ? "99+" : unread}
          </span>
          <span className="sr-only"> 条未读</span>
        </>
      ) : (
        <span className="sr-only">，没有未读消息</span>
      )}
    </Link>
  );
}
