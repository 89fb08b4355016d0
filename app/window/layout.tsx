import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth/current-user";
import { AreaShell } from "@/components/layout/area-shell";
import { signOutAction } from "@/app/actions/sign-out";

// Checked on the server for every request (proxy.ts is only the first gate).
export default async function Layout({ children }: { children: ReactNode }) {
  const user = await requireRole("TELLER");
  return (
    <AreaShell signOutAction={signOutAction} user={user}>
      {children}
    </AreaShell>
  );
}
