import bcrypt from "bcryptjs";
import type { Prisma } from "../../lib/generated/prisma/client";
import { DEMO_PASSWORD } from "./demo-accounts";

type Tx = Prisma.TransactionClient;

/** The second ADMIN: raising an approval limit needs two admins (four-eyes, /admin/staff). */
export const SECOND_ADMIN = { loginName: "admin02", displayName: "系统管理员（复核）" } as const;

/**
 * Staff administration demo data, written after the main seed in its transaction: a second ADMIN
 * (so a raised limit can be confirmed by someone other than its proposer), a relative declared by
 * teller03, and one raised withdrawal limit for teller03 waiting for admin02's confirmation.
 * Deterministic. Returns a one-line summary.
 */
export async function seedStaffAdmin(tx: Tx): Promise<string> {
  const passwordHash = bcrypt.hashSync(DEMO_PASSWORD, "$2b$10$StaffAdminSecondAdminu");
  const since = new Date("2021-06-01T01:00:00Z");
  const second = await tx.user.create({
    data: {
      id: "suser_000001",
      loginName: SECOND_ADMIN.loginName,
      displayName: SECOND_ADMIN.displayName,
      passwordHash,
      roles: ["ADMIN"],
      createdAt: since,
      updatedAt: since,
    },
  });
  const admin = await tx.user.findUniqueOrThrow({ where: { loginName: "admin" }, select: { id: true } });
  const teller = await tx.user.findUniqueOrThrow({ where: { loginName: "teller03" }, select: { id: true, withdrawalLimit: true } });
  // A depositor no demo scenario uses: the last by ID number.
  const relative = await tx.depositor.findFirstOrThrow({ orderBy: { idNumber: "desc" }, select: { idNumber: true, name: true } });
  await tx.staffRelative.create({
    data: {
      id: "srel_000001",
      userId: teller.id,
      idNumber: relative.idNumber,
      name: relative.name,
      relation: "兄弟姐妹",
      declaredAt: since,
    },
  });
  const from = teller.withdrawalLimit?.toFixed(2) ?? null;
  await tx.staffLimitChange.create({
    data: {
      id: "slim_000001",
      userId: teller.id,
      kind: "WITHDRAWAL",
      fromAmount: from,
      toAmount: "30000.00",
      status: "PROPOSED",
      reason: "业务量增加，拟提高提取审批额度",
      proposedById: admin.id,
      proposedAt: since,
    },
  });
  await tx.auditEntry.create({
    data: {
      actorId: admin.id,
      action: "STAFF_LIMIT_PROPOSED",
      entityType: "User",
      entityId: teller.id,
      fromState: from ?? "NONE",
      toState: "30000.00",
      detail: { kind: "WITHDRAWAL", changeId: "slim_000001", reason: "业务量增加，拟提高提取审批额度", direction: "RAISE" },
    },
  });
  return `second admin ${second.loginName}; teller03 declared a relative and awaits a raised withdrawal limit (confirm as ${second.loginName})`;
}
