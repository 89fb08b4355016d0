import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import { DEFAULT_LOAN_POLICY, type LoanPolicyRules } from "@/lib/loans/policy";
import { ZLoanPolicyRules } from "@/lib/loans/schemas";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { mergePolicyForm, type TPolicyForm } from "@/lib/loans/policy-form";
import { lockSeries } from "@/lib/db/serial";

type Reader = Pick<Db, "loanPolicy">;

export type CurrentPolicy = { version: number; rules: LoanPolicyRules; note: string | null; createdAt: Date | null };

/**
 * The policy new applications are assessed under: the highest version. With no row yet (an empty
 * database) version 1 = DEFAULT_LOAN_POLICY is inserted, so every loan's policyVersion names a row.
 */
export async function currentLoanPolicy(db: Reader): Promise<CurrentPolicy> {
  const row = await db.loanPolicy.findFirst({ orderBy: { version: "desc" } });
  if (row) return { version: row.version, rules: row.rules as unknown as LoanPolicyRules, note: row.note, createdAt: row.createdAt };
  await db.loanPolicy.createMany({
    data: [{ version: 1, rules: DEFAULT_LOAN_POLICY as unknown as Prisma.InputJsonValue, note: "默认贷款政策" }],
    skipDuplicates: true,
  });
  return { version: 1, rules: DEFAULT_LOAN_POLICY, note: "默认贷款政策", createdAt: null };
}

/**
 * ADMIN publishes a new policy version (versions are never edited: each loan keeps the version it
 * was assessed under). Errors: FORBIDDEN_ROLE, INVALID_POLICY (details issues: path + message).
 */
export async function publishLoanPolicy(opts: { actor: Actor; rules: unknown; note?: string | null }): Promise<{ version: number }> {
  requireActorRole(opts.actor, "ADMIN");
  const rules = validPolicy(opts.rules);
  return publish(opts.actor, () => rules, opts.note);
}

/**
 * ADMIN publishes the policy form: its fields (paths into LoanPolicyRules) are merged into the
 * current version inside the series lock, so two publishes never both start from the same version
 * and a field the form does not show (the retirement-age table) is carried over unchanged.
 * Errors as publishLoanPolicy.
 */
export async function publishLoanPolicyForm(opts: { actor: Actor; form: TPolicyForm }): Promise<{ version: number }> {
  requireActorRole(opts.actor, "ADMIN");
  return publish(opts.actor, (previous) => validPolicy(mergePolicyForm(previous.rules, opts.form)), opts.form.note);
}

function validPolicy(rules: unknown): LoanPolicyRules {
  const parsed = ZLoanPolicyRules.safeParse(rules);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    throw new DomainError("INVALID_POLICY", { field: issues[0]?.path || undefined, details: { issues } });
  }
  return parsed.data as unknown as LoanPolicyRules;
}

async function publish(
  actor: Actor,
  rulesFrom: (previous: CurrentPolicy) => LoanPolicyRules,
  note: string | null | undefined,
): Promise<{ version: number }> {
  const opts = { actor, note };
  return inTransaction(async (tx) => {
    await lockSeries(tx, "loanPolicy");
    const previous = await currentLoanPolicy(tx);
    const rules = rulesFrom(previous);
    const version = previous.version + 1;
    const row = await tx.loanPolicy.create({
      data: {
        version,
        rules: rules as unknown as Prisma.InputJsonValue,
        note: opts.note?.trim() || null,
        createdById: opts.actor.userId,
      },
    });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      windowId: opts.actor.windowId,
      action: "LOAN_POLICY_PUBLISHED",
      entityType: "LoanPolicy",
      entityId: row.id,
      fromState: String(previous.version),
      toState: String(version),
      detail: { note: opts.note ?? null },
    });
    return { version };
  });
}
