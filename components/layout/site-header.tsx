import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";
import { areasFor, ROLE_LABELS } from "@/lib/auth/roles";
import { CENTER_NAME } from "@/components/layout/center";
import { InboxLink } from "@/components/notifications/inbox-link";

/** Center name, the user's areas, who is signed in (roles, window) and sign-out. */
export function SiteHeader({ user, signOutAction }: { user: CurrentUser; signOutAction: () => Promise<void> }) {
  const areas = areasFor(user.roles);
  return (
    <header className="border-b border-sky-900 bg-sky-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-wide">
          {CENTER_NAME}
        </Link>
        <nav aria-label="工作区" className="flex flex-wrap gap-1">
          {areas.map((area) => (
            <Link key={area.path} href={area.path} className="rounded px-3 py-1 text-sm text-sky-50 hover:bg-sky-700">
              {area.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
          <span>
            <span className="font-medium">{user.displayName}</span>
            <span className="ml-2 text-sky-100">{user.roles.map((r) => ROLE_LABELS[r]).join("、")}</span>
            {user.windowNo ? <span className="ml-2 rounded bg-sky-900 px-2 py-0.5">{user.windowNo}号窗口</span> : null}
          </span>
          <InboxLink user={user} />
          <form action={signOutAction}>
            <button type="submit" className="rounded border border-sky-300 px-3 py-1 hover:bg-sky-700">
              退出登录
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
