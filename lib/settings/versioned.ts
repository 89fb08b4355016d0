import type { z } from "zod";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { dateColumn, fromDateColumn, isRealDate, todayInShanghai } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import { isAllowedEffectiveDate, versionInForce } from "@/lib/settings/version-rule";

/**
 * Center parameters kept as versioned data in ParameterVersion (see version-rule.ts): the wage
 * bounds and deposit interest rate (lib/accounts/fund-settings.ts), the collection escalation
 * policy (lib/servicing/servicing-settings.ts) and the withdrawal reason rules
 * (lib/withdrawals/reason-rules-store.ts). Each reader falls back to today's defaults when no
 * version is in force, so a fresh database behaves exactly as before.
 * NOTE: lib/db is imported lazily — the batch and the seed load parameters outside Next.
 */
export const PARAMETER_KEYS = {
  wageBounds: "fund.wageBounds",
  interestRate: "fund.interestRate",
  escalationPolicy: "collections.escalationPolicy",
  reasonRules: "withdrawals.reasonRules",
  rateBounds: "fund.contributionRateBounds",
} as const;
export type ParameterKey = (typeof PARAMETER_KEYS)[keyof typeof PARAMETER_KEYS];

type Reader = Pick<Tx, "parameterVersion">;

export type ParameterVersionRow = {
  version: number;
  effectiveFrom: string;
  value: unknown;
  note: string | null;
  createdAt: Date;
  createdById: string | null;
};

export async function listParameterVersions(reader: Reader, key: ParameterKey): Promise<ParameterVersionRow[]> {
  const rows = await reader.parameterVersion.findMany({ where: { key }, orderBy: { version: "desc" } });
  return rows.map((r) => ({
    version: r.version,
    effectiveFrom: fromDateColumn(r.effectiveFrom),
    value: r.value,
    note: r.note,
    createdAt: r.createdAt,
    createdById: r.createdById,
  }));
}

/**
 * The version of `key` in force on `date` whose value `schema` accepts, or null (use the default).
 * A stored value the schema refuses is skipped, so a broken row can never take a rule away.
 */
export async function parameterInForce<S extends z.ZodType>(
  reader: Reader,
  key: ParameterKey,
  schema: S,
  date: string,
): Promise<{ version: number; effectiveFrom: string; value: z.infer<S> } | null> {
  const rows = await reader.parameterVersion.findMany({
    where: { key, effectiveFrom: { lte: dateColumn(date) } },
    orderBy: { version: "desc" },
    select: { version: true, effectiveFrom: true, value: true },
  });
  const valid = rows.flatMap((r) => {
    const parsed = schema.safeParse(r.value);
    return parsed.success ? [{ version: r.version, effectiveFrom: fromDateColumn(r.effectiveFrom), value: parsed.data as z.infer<S> }] : [];
  });
  return versionInForce(valid, date);
}

/**
 * ADMIN publishes a new version of a parameter, effective from `effectiveFrom` (today or later).
 * The value is validated by the parameter's schema (PARAMETER_INVALID, field and details.issues);
 * the version number is taken under a per-key advisory lock, so two publishes never clash.
 * Audited PARAMETER_PUBLISHED (from: the previous version, to: the new one, detail: the value).
 * Errors: FORBIDDEN_ROLE, EFFECTIVE_DATE_PAST, PARAMETER_INVALID.
 */
export async function publishParameter<S extends z.ZodType>(opts: {
  actor: Actor;
  key: ParameterKey;
  schema: S;
  value: unknown;
  effectiveFrom: string;
  note?: string | null;
  now?: Date;
}): Promise<{ version: number; effectiveFrom: string }> {
  requireActorRole(opts.actor, "ADMIN");
  const today = todayInShanghai(opts.now ?? new Date());
  if (!isRealDate(opts.effectiveFrom)) throw new DomainError("PARAMETER_INVALID", { field: "effectiveFrom" });
  if (!isAllowedEffectiveDate(opts.effectiveFrom, today)) throw new DomainError("EFFECTIVE_DATE_PAST", { field: "effectiveFrom" });
  const parsed = opts.schema.safeParse(opts.value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    throw new DomainError("PARAMETER_INVALID", { field: issues[0]?.path || undefined, details: { issues } });
  }
  const { inTransaction } = await import("@/lib/db/transaction");
  return inTransaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`parameter:${opts.key}`}))`;
    const last = await tx.parameterVersion.findFirst({ where: { key: opts.key }, orderBy: { version: "desc" }, select: { version: true } });
    const version = (last?.version ?? 0) + 1;
    const row = await tx.parameterVersion.create({
      data: {
        key: opts.key,
        version,
        effectiveFrom: dateColumn(opts.effectiveFrom),
        value: parsed.data as Prisma.InputJsonValue,
        note: opts.note?.trim() || null,
        createdById: opts.actor.userId,
      },
    });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      windowId: opts.actor.windowId,
      action: "PARAMETER_PUBLISHED",
      entityType: "ParameterVersion",
      entityId: row.id,
      fromState: last ? `${opts.key} v${last.version}` : "default",
      toState: `${opts.key} v${version}`,
      detail: { key: opts.key, effectiveFrom: opts.effectiveFrom, value: parsed.data as Prisma.InputJsonValue, note: opts.note ?? null },
    });
    return { version, effectiveFrom: opts.effectiveFrom };
  });
}
