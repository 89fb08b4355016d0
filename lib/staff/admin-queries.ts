import "server-only";
import { db } from "@/lib/db";
import type { Role, StaffLimitKind } from "@/lib/generated/prisma/enums";
import { displayYuan } from "@/lib/money";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { loadStaffTies } from "@/lib/fraud/facts";
import { isStaffRole } from "@/lib/staff/staff-rules";

export type StaffDetailDto = {
  id: string;
  loginName: string;
  displayName: string;
  idNumber: string | null;
  roles: Role[];
  active: boolean;
  mustChangePassword: boolean;
  approvalLimit: string | null;
  withdrawalLimit: string | null;
  lastLoginAt: string | null;
  /** Declared relatives plus a spouse found in the depositor data (declared: false). */
  ties: { id: string | null; idNumber: string; name: string; relation: string; declared: boolean; declaredAt: string | null }[];
  history: { id: string; at: string; action: string; by: string; from: string; to: string }[];
};

/** A staff member for the admin's page, or null (a citizen, an agent, no one). */
export async function getStaffDetail(userId: string): Promise<StaffDetailDto | null> {
  const u = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      loginName: true,
      displayName: true,
      idNumber: true,
      roles: true,
      active: true,
      mustChangePassword: true,
      approvalLimit: true,
      withdrawalLimit: true,
      lastLoginAt: true,
      relatives: { orderBy: { declaredAt: "asc" }, select: { id: true, idNumber: true, name: true, relation: true, declaredAt: true } },
    },
  });
  if (!u || !u.roles.some(isStaffRole)) return null;
  const [ties, audits] = await Promise.all([
    loadStaffTies(db, u.id),
    db.auditEntry.findMany({
      where: { entityType: "User", entityId: u.id },
      orderBy: { at: "desc" },
      take: 30,
      select: {
        id: true,
        at: true,
        action: true,
        fromState: true,
        toState: true,
        actor: { select: { displayName: true } },
        actorLabel: true,
      },
    }),
  ]);
  const declared = new Map(u.relatives.map((r) => [r.idNumber, r]));
  return {
    id: u.id,
    loginName: u.loginName,
    displayName: u.displayName,
    idNumber: u.idNumber,
    roles: u.roles,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
    approvalLimit: u.approvalLimit ? u.approvalLimit.toFixed(2) : null,
    withdrawalLimit: u.withdrawalLimit ? u.withdrawalLimit.toFixed(2) : null,
    lastLoginAt: u.lastLoginAt ? formatShanghaiDateTime(u.lastLoginAt) : null,
    ties: ties.relatives.map((t) => {
      const row = declared.get(t.idNumber);
      return {
        id: row?.id ?? null,
        idNumber: t.idNumber,
        name: t.name,
        relation: t.relation,
        declared: !!row,
        declaredAt: row ? formatShanghaiDateTime(row.declaredAt) : null,
      };
    }),
    history: audits.map((a) => ({
      id: String(a.id),
      at: formatShanghaiDateTime(a.at),
      action: a.action,
      by: a.actor?.displayName ?? a.actorLabel ?? "—",
      from: a.fromState ?? "—",
      to: a.toState ?? "—",
    })),
  };
}

export type LimitChangeDto = {
  id: string;
  userId: string;
  staffName: string;
  kind: StaffLimitKind;
  from: string;
  to: string;
  reason: string;
  proposedBy: string;
  proposedById: string;
  proposedAt: string;
};

const limitText = (v: { toFixed(n: number): string } | null) => (v ? displayYuan(v.toFixed(2)) : "无审批权限");

/** Raised limits waiting for a second admin's confirmation, oldest first. */
export async function listPendingLimitChanges(): Promise<LimitChangeDto[]> {
  const rows = await db.staffLimitChange.findMany({ where: { status: "PROPOSED" }, orderBy: { proposedAt: "asc" }, take: 200 });
  const ids = [...new Set(rows.flatMap((r) => [r.userId, r.proposedById]))];
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true, loginName: true } })).map((u) => [
      u.id,
      u,
    ]),
  );
  return rows.map((r) => ({
    id: r.id,
    userId: r.userId,
    staffName: `${names.get(r.userId)?.displayName ?? "—"}（${names.get(r.userId)?.loginName ?? ""}）`,
    kind: r.kind,
    from: limitText(r.fromAmount),
    to: limitText(r.toAmount),
    reason: r.reason,
    proposedBy: names.get(r.proposedById)?.displayName ?? "—",
    proposedById: r.proposedById,
    proposedAt: formatShanghaiDateTime(r.proposedAt),
  }));
}

export type RelativeRowDto = { id: string; staff: string; idNumber: string; name: string; relation: string; declaredAt: string };

/** Every declaration (for the admin), newest first; or one staff member's own. */
export async function listRelatives(userId?: string): Promise<RelativeRowDto[]> {
  const rows = await db.staffRelative.findMany({
    where: userId ? { userId } : {},
    orderBy: { declaredAt: "desc" },
    take: 500,
    select: {
      id: true,
      idNumber: true,
      name: true,
      relation: true,
      declaredAt: true,
      user: { select: { displayName: true, loginName: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    staff: `${r.user.displayName}（${r.user.loginName}）`,
    idNumber: r.idNumber,
    name: r.name,
    relation: r.relation,
    declaredAt: formatShanghaiDateTime(r.declaredAt),
  }));
}

/** Limits for display: "¥600,000.00" or "—". */
export function limitLabel(value: string | null): string {
  return value ? displayYuan(value) : "—";
}
