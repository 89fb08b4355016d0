import type { ReactNode } from "react";
import type { CurrentUser } from "@/lib/auth/current-user";
import { SiteHeader } from "@/components/layout/site-header";

/**
 * The frame of every signed-in area: a "skip to content" link (the first Tab stop, shown only when
 * focused, so keyboard users need not walk the header on every page), the shared header and the body.
 */
export function AreaShell({
  user,
  signOutAction,
  children,
}: {
  user: CurrentUser;
  signOutAction: () => Promise<void>;
  children: ReactNode;
}) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sky-800 focus:shadow-md"
      >
        跳到正文
      </a>
      <SiteHeader user={user} signOutAction={signOutAction} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {children}
      </main>
    </>
  );
}
