import type { ReactNode } from "react";
import type { CurrentUser } from "@/lib/auth/current-user";
import { SiteHeader } from "@/components/layout/site-header";

/** The frame of every signed-in area: the shared header and the page body. */
export function AreaShell({ user, children }: { user: CurrentUser; children: ReactNode }) {
  return (
    <>
      <SiteHeader user={user} />
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </>
  );
}
