import { CENTER_STAFF_ROLES } from "@/lib/auth/roles";
import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth/current-user";
import { AreaShell } from "@/components/layout/area-shell";
import { signOutAction } from "@/app/actions/sign-out";

// A staff member's own declarations (any staff role); checked on the server for every request.
export default async function Layout({ children }: { children: ReactNode }) {
  const user = await requireRole(...CENTER_STAFF_ROLES);
  return (
    <AreaShell signOutAction={signOutAction} user={user}>
      {children}
    </AreaShell>
  );
}
