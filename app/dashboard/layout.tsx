import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth/current-user";
import { AreaShell } from "@/components/layout/area-shell";
import { signOutAction } from "@/app/actions/sign-out";

// The center dashboard is for ADMIN, REVIEWER and the window supervisors; checked here on every request.
export default async function Layout({ children }: { children: ReactNode }) {
  const user = await requireRole("ADMIN", "REVIEWER", "SUPERVISOR");
  return (
    <AreaShell signOutAction={signOutAction} user={user}>
      {children}
    </AreaShell>
  );
}
