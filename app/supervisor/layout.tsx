import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth/current-user";
import { AreaShell } from "@/components/layout/area-shell";
import { signOutAction } from "@/app/actions/sign-out";

// The window supervisors' (值班长) area; checked on the server for every request.
export default async function Layout({ children }: { children: ReactNode }) {
  const user = await requireRole("SUPERVISOR");
  return (
    <AreaShell signOutAction={signOutAction} user={user}>
      {children}
    </AreaShell>
  );
}
