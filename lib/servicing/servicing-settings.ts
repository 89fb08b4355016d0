import { z } from "zod";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_DEDUCTION_ORDER, type DeductionBucket } from "@/lib/servicing/deduction-order";
import {
  COLLECTION_ACTION_LABELS,
  DEFAULT_ESCALATION_POLICY,
  assertEscalationPolicy,
  type CollectionAction,
  type EscalationPolicy,
} from "@/lib/servicing/escalation";
import { DEFAULT_PENALTY_RULE, type PenaltyRule } from "@/lib/servicing/penalty-interest";
import { settingCache } from "@/lib/settings/brief-cache";
import { PARAMETER_KEYS, parameterInForce } from "@/lib/settings/versioned";
import { todayInShanghai } from "@/lib/dates/calendar";

/**
 * Servicing rules an ADMIN sets, kept as JSON in the Setting table: the penalty rule, the
 * deduction order and the collection escalation policy. Loading validates each value with zod;
 * an absent (or unreadable) value falls back to the default, so the batch always has a rule.
 * NOTE: lib/db is imported lazily — the daily batch (and the seed, which runs it outside Next)
 * loads settings through its own transaction and must not pull in the server-only client.
 */
export const SERVICING_SETTING_KEYS = {
  penaltyRule: "servicing.penaltyRule",
  deductionOrder: "servicing.deductionOrder",
  escalationPolicy: "collections.escalationPolicy",
} as const;

const BUCKETS = DEFAULT_DEDUCTION_ORDER as [DeductionBucket, ...DeductionBucket[]];
const ACTIONS = Object.keys(COLLECTION_ACTION_LABELS) as [CollectionAction, ...CollectionAction[]];
const percent = (max: number, places: number) =>
  z
    .string()
    .regex(new RegExp(`^(0|[1-9]\\d{0,2})(\\.\\d{1,${places}})?$`))
    .refine((v) => Number(v) <= max);

export const ZPenaltyRule = z.object({
  rate: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("MARKUP"), markupPercent: percent(200, 2) }),
    z.object({ kind: z.literal("FIXED"), annualRatePercent: percent(36, 4).refine((v) => Number(v) > 0) }),
  ]),
  includeOverdueInterest: z.boolean(),
});

export const ZDeductionOrder = z
  .array(z.enum(BUCKETS))
  .length(BUCKETS.length)
  .refine((order) => new Set(order).size === BUCKETS.length);

const ZEscalationTier = z.object({
  code: z.string().min(1).max(20),
  label: z.string().min(1).max(60),
  minOverduePeriods: z.number().int().min(1),
  maxOverduePeriods: z.number().int().min(1).optional(),
  minConsecutiveOverduePeriods: z.number().int().min(1).optional(),
  actions: z.array(z.enum(ACTIONS)).min(1),
});

export const ZEscalationPolicy = z.object({ tiers: z.array(ZEscalationTier).min(1) }).superRefine((policy, ctx) => {
  try {
    assertEscalationPolicy(policy);
  } catch {
    ctx.addIssue({ code: "custom", message: "INVALID_ESCALATION_POLICY" });
  }
});

export type ServicingSettings = {
  penaltyRule: PenaltyRule;
  deductionOrder: DeductionBucket[];
  escalationPolicy: EscalationPolicy;
};

const SCHEMAS = { penaltyRule: ZPenaltyRule, deductionOrder: ZDeductionOrder, escalationPolicy: ZEscalationPolicy };
const DEFAULTS: ServicingSettings = {
  penaltyRule: DEFAULT_PENALTY_RULE,
  deductionOrder: [...DEFAULT_DEDUCTION_ORDER],
  escalationPolicy: DEFAULT_ESCALATION_POLICY,
};
type SettingName = keyof ServicingSettings;

/**
 * The three settings from any client or transaction (defaults where absent or invalid). The
 * escalation policy is versioned data (ParameterVersion, /admin/parameters): the version in force
 * on `asOf` (default today) wins over the older Setting row.
 */
export async function loadServicingSettings(client: Pick<Tx, "setting" | "parameterVersion">, asOf?: string): Promise<ServicingSettings> {
  const [rows, escalation] = await Promise.all([
    client.setting.findMany({ where: { key: { in: Object.values(SERVICING_SETTING_KEYS) } } }),
    parameterInForce(client, PARAMETER_KEYS.escalationPolicy, ZEscalationPolicy, asOf ?? todayInShanghai()),
  ]);
  const read = <K extends SettingName>(name: K): ServicingSettings[K] => {
    const row = rows.find((r) => r.key === SERVICING_SETTING_KEYS[name]);
    const parsed = row ? SCHEMAS[name].safeParse(row.value) : null;
    return (parsed?.success ? parsed.data : DEFAULTS[name]) as ServicingSettings[K];
  };
  return {
    penaltyRule: read("penaltyRule"),
    deductionOrder: read("deductionOrder"),
    escalationPolicy: escalation ? (escalation.value as EscalationPolicy) : read("escalationPolicy"),
  };
}

const inForce = settingCache<ServicingSettings>();

/** For pages: the settings in force (kept a few seconds by the production server, lib/settings/brief-cache.ts). */
export async function getServicingSettings(): Promise<ServicingSettings> {
  const { db } = await import("@/lib/db");
  return inForce.get(() => loadServicingSettings(db));
}

/**
 * ADMIN replaces one setting. The value is validated (INVALID_SETTING, details.name), written with
 * a SETTING_CHANGED audit entry in one transaction; saving the value already in force writes
 * nothing, so a double submit is harmless. Errors: FORBIDDEN_ROLE, INVALID_SETTING.
 */
export async function saveServicingSetting<K extends SettingName>(opts: {
  actor: Actor;
  name: K;
  value: ServicingSettings[K];
}): Promise<{ changed: boolean }> {
  requireActorRole(opts.actor, "ADMIN");
  const parsed = SCHEMAS[opts.name].safeParse(opts.value);
  if (!parsed.success) throw new DomainError("INVALID_SETTING", { details: { name: opts.name } });
  const key = SERVICING_SETTING_KEYS[opts.name];
  const value = parsed.data as Prisma.InputJsonValue;
  const { inTransaction } = await import("@/lib/db/transaction");
  const saved = await inTransaction(async (tx) => {
    // Serializes two admins saving at once, so the audit's fromState is the value actually replaced.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`setting:${key}`}))`;
    const before = SCHEMAS[opts.name].parse((await loadServicingSettings(tx))[opts.name]);
    if (JSON.stringify(before) === JSON.stringify(parsed.data)) return { changed: false };
    await tx.setting.upsert({
      where: { key },
      create: { key, value, updatedById: opts.actor.userId },
      update: { value, updatedById: opts.actor.userId },
    });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      action: "SETTING_CHANGED",
      entityType: "Setting",
      entityId: key,
      fromState: JSON.stringify(before),
      toState: JSON.stringify(parsed.data),
    });
    return { changed: true };
  });
  inForce.invalidate();
  return saved;
}

// ───────────── The admin forms (app/admin/servicing) ─────────────

export const SETTINGS_ERROR_MESSAGES = {
  INVALID_SETTING: "设置内容无效，请检查后重新保存",
  FORBIDDEN_ROLE: "只有系统管理员可以修改贷后设置",
  // Thrown by the settings' own rules (lib/servicing/deduction-order.ts, escalation.ts) when a stored setting is broken.
  INVALID_DEDUCTION_ORDER: "扣款顺序设置无效，须包含全部款项且各出现一次",
  INVALID_ESCALATION_POLICY: "逾期催收升级规则设置无效，请检查后重新保存",
} satisfies Record<string, string>;
export type SettingsErrorCode = keyof typeof SETTINGS_ERROR_MESSAGES;

export const ZPenaltyRuleForm = z
  .object({
    kind: z.enum(["MARKUP", "FIXED"], { message: "请选择罚息利率的确定方式" }),
    markupPercent: z.string().trim().default(""),
    annualRatePercent: z.string().trim().default(""),
    includeOverdueInterest: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "MARKUP" && !ZPenaltyRule.shape.rate.options[0].shape.markupPercent.safeParse(v.markupPercent).success) {
      ctx.addIssue({ code: "custom", path: ["markupPercent"], message: "上浮比例应为0至200之间的数，最多两位小数" });
    }
    if (v.kind === "FIXED" && !ZPenaltyRule.shape.rate.options[1].shape.annualRatePercent.safeParse(v.annualRatePercent).success) {
      ctx.addIssue({ code: "custom", path: ["annualRatePercent"], message: "罚息年利率应大于0且不超过36，最多四位小数" });
    }
  })
  .transform((v): PenaltyRule => ({
    rate:
      v.kind === "MARKUP" ? { kind: "MARKUP", markupPercent: v.markupPercent } : { kind: "FIXED", annualRatePercent: v.annualRatePercent },
    includeOverdueInterest: v.includeOverdueInterest === "on",
  }));

export const ORDER_POSITIONS = ["position1", "position2", "position3", "position4", "position5"] as const;

export const ZDeductionOrderForm = z
  .object(
    Object.fromEntries(ORDER_POSITIONS.map((p) => [p, z.enum(BUCKETS, { message: "请选择冲抵项目" })])) as Record<
      (typeof ORDER_POSITIONS)[number],
      z.ZodEnum<{ [K in DeductionBucket]: K }>
    >,
  )
  .superRefine((v, ctx) => {
    const seen = new Map<string, number>();
    for (const p of ORDER_POSITIONS) seen.set(v[p], (seen.get(v[p]) ?? 0) + 1);
    for (const p of ORDER_POSITIONS) {
      if (seen.get(v[p])! > 1) ctx.addIssue({ code: "custom", path: [p], message: "每个冲抵项目只能出现一次" });
    }
  })
  .transform((v): DeductionBucket[] => ORDER_POSITIONS.map((p) => v[p]));
