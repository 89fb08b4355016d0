import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { importRemittanceReceipts } from "@/lib/remittances/import-receipts";
import { simulateEmployerTransfer } from "@/lib/remittances/simulate-transfer";
import { createEmployer, createUser } from "../accounts/fund-fixtures";

/** The Actor the use cases take, for a fixture user. */
export const actorFor = (user: { id: string; roles: Role[] }): Actor => ({
  userId: user.id,
  roles: user.roles,
  windowId: null,
  approvalLimit: null,
});

/** An employer registered with the center on `registeredOn`, its agent, two ADMINs and a REVIEWER. */
export async function remittanceParties(code?: string, registeredOn = "2015-01-01") {
  const employer = await createEmployer(code);
  await db.employer.update({ where: { id: employer.id }, data: { createdAt: new Date(`${registeredOn}T02:00:00Z`) } });
  const [agent, admin, admin2, reviewer] = await Promise.all([
    createUser(["EMPLOYER_AGENT"], { employerId: employer.id }),
    createUser(["ADMIN"]),
    createUser(["ADMIN"]),
    createUser(["REVIEWER"]),
  ]);
  return { employer, agent: actorFor(agent), admin: actorFor(admin), admin2: actorFor(admin2), reviewer: actorFor(reviewer) };
}

/** The employer "pays" through the simulated bank; staff then import that day's receipt file. */
export async function payAndImport(opts: { agent: Actor; importer: Actor; remittanceId: string; amount: string; now: Date }) {
  await simulateEmployerTransfer({ actor: opts.agent, remittanceId: opts.remittanceId, amount: opts.amount, now: opts.now });
  return importRemittanceReceipts({ actor: opts.importer, businessDate: opts.now.toISOString().slice(0, 10), now: opts.now });
}

export async function balanceOf(accountId: string): Promise<string> {
  return (await db.depositAccount.findUniqueOrThrow({ where: { id: accountId } })).balance.toFixed(2);
}
