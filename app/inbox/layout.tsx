import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth/current-user";
import { AREAS } from "@/lib/auth/roles";
import { AreaShell } from "@/components/layout/area-shell";
import { signOutAction } from "@/app/actions/sign-out";

const INBOX_ROLES = AREAS.find((a) => a.path === "/inbox")!.roles;

// 消息中心 is for everyone who signs in; checked on the server for every request.
export default async function Layout({ children }: { children: ReactNode }) {
  const user = await requireRole(...INBOX_ROLES);
  return (
    <AreaShell signOutAction={signOutAction} user={user}>
      {children}
    </AreaShell>
  );
}
