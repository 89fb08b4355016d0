import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { LoanStage, Role } from "@/lib/generated/prisma/enums";
import { createAccountHolder, createEmployer, createUser } from "../accounts/fund-fixtures";

let n = 0;

export async function actor(roles: Role[], extra: { depositorId?: string } = {}): Promise<Actor> {
  const user = await createUser(roles, extra);
  return { userId: user.id, roles, windowId: null, approvalLimit: null };
}

/** A center with one window and its teller, and two citizens (each with their own CITIZEN user). */
export async function world() {
  n += 1;
  const employer = await createEmployer(`91320100K${String(n).padStart(7, "0")}PX`);
  const window = await db.serviceWindow.create({ data: { centerId: employer.centerId, number: 200 + n, name: `${200 + n}号窗口` } });
  const teller = await createUser(["TELLER"]);
  const alice = await createAccountHolder(employer.id, { balance: "10000.00" });
  const bob = await createAccountHolder(employer.id, { balance: "10000.00" });
  return {
    window,
    teller,
    alice: { ...alice, actor: await actor(["CITIZEN"], { depositorId: alice.depositor.id }) },
    bob: { ...bob, actor: await actor(["CITIZEN"], { depositorId: bob.depositor.id }) },
    supervisor: await actor(["SUPERVISOR"]),
  };
}

/** A window case of `depositorId` (closed unless `open`), with one loan matter in `stage` since `stageSince`. */
export async function windowCase(
  w: Awaited<ReturnType<typeof world>>,
  depositorId: string,
  opts: { open?: boolean; stage?: LoanStage; stageSince?: Date; openedAt?: Date; closedAt?: Date } = {},
) {
  n += 1;
  const openedAt = opts.openedAt ?? new Date("2026-03-05T01:00:00Z");
  const c = await db.case.create({
    data: {
      caseNo: `BJ20260305K${String(n).padStart(3, "0")}`,
      depositorId,
      channel: "WINDOW",
      status: opts.open ? "OPEN" : "COMPLETED",
      windowId: w.window.id,
      acceptedById: w.teller.id,
      openedAt,
      closedAt: opts.open ? null : (opts.closedAt ?? new Date(openedAt.getTime() + 19 * 60_000)),
    },
  });
  const matter = await db.caseMatter.create({
    data: {
      caseId: c.id,
      kind: "LOAN",
      status: opts.open ? "OPEN" : "COMPLETED",
      loanStage: opts.stage ?? "DISBURSED",
      stageSince: opts.stageSince ?? openedAt,
    },
  });
  return { ...c, matterId: matter.id };
}

/** Rows a refused call must leave untouched. */
export async function footprint() {
  const [ratings, tasks, audits] = await Promise.all([db.caseRating.count(), db.followUpTask.count(), db.auditEntry.count()]);
  return { ratings, tasks, audits };
}
