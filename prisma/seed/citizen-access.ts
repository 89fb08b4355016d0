import bcrypt from "bcryptjs";
import type { Prisma } from "../../lib/generated/prisma/client";
import { DEMO_PASSWORD } from "./demo-accounts";

type Tx = Prisma.TransactionClient;

/**
 * The staff member whose password an ADMIN resets in the demo and the end-to-end test
 * (/admin/staff → 重置密码; the person must then set their own at /staff/password). A second
 * project officer, so no other scenario's sign-in is touched. Deterministic.
 */
export const RESET_DEMO_STAFF = { loginName: "project02", displayName: "孙立" } as const;

export async function seedCitizenAccess(tx: Tx): Promise<string> {
  const since = new Date("2022-03-01T01:00:00Z");
  await tx.user.create({
    data: {
      id: "suser_reset01",
      loginName: RESET_DEMO_STAFF.loginName,
      displayName: RESET_DEMO_STAFF.displayName,
      passwordHash: bcrypt.hashSync(DEMO_PASSWORD, "$2b$10$CitizenAccessResetDemo"),
      roles: ["PROJECT_OFFICER"],
      createdAt: since,
      updatedAt: since,
    },
  });
  return `password-reset demo staff ${RESET_DEMO_STAFF.loginName}`;
}
