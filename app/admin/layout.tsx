import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth/current-user";
import { AreaShell } from "@/components/layout/area-shell";

// Checked on the server for every request (proxy.ts is only the first gate). PROJECT_OFFICER
// enters only /admin/projects: every other admin page checks ADMIN itself.
export default async function Layout({ children }: { children: ReactNode }) {
  const user = await requireRole("ADMIN", "PROJECT_OFFICER");
  return <AreaShell user={user}>{children}</AreaShell>;
}
