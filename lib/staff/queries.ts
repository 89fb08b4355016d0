import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { displayYuan } from "@/lib/money";
import { businessDate } from "@/lib/dates/business-day";

export type StaffRowDto = {
  id: string;
  loginName: string;
  displayName: string;
  roles: Role[];
  active: boolean;
  locked: boolean;
  /** The window the person signed in to today, if any. */
  todayWindowNo: number | null;
  approvalLimit: string | null;
  employerName: string | null;
};

/** Everyone who signs in with a user name (staff and employer agents). */
export async function listStaff(now: Date = new Date()): Promise<StaffRowDto[]> {
  const users = await db.user.findMany({
    where: { NOT: { roles: { has: "CITIZEN" } } },
    orderBy: { loginName: "asc" },
    take: 500,
    select: {
      id: true,
      loginName: true,
      displayName: true,
      roles: true,
      active: true,
      lockedUntil: true,
      approvalLimit: true,
      employer: { select: { name: true } },
      windowSignIns: {
        where: { businessDate: businessDate(now) },
        orderBy: { signedInAt: "desc" },
        take: 1,
        select: { window: { select: { number: true } } },
      },
    },
  });
  return users.map((u) => ({
    id: u.id,
    loginName: u.loginName,
    displayName: u.displayName,
    roles: u.roles,
    active: u.active,
    locked: !!u.lockedUntil && u.lockedUntil > now,
    todayWindowNo: u.windowSignIns[0]?.window.number ?? null,
    approvalLimit: u.approvalLimit ? displayYuan(u.approvalLimit) : null,
    employerName: u.employer?.name ?? null,
  }));
}

export type WindowRowDto = { id: string; number: number; name: string; active: boolean };

export async function listWindows(): Promise<WindowRowDto[]> {
  return db.serviceWindow.findMany({ orderBy: { number: "asc" }, select: { id: true, number: true, name: true, active: true } });
}
